using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.LearningPoints;
using Volunteers.Core.Town;

namespace Volunteers.Core.Volunteers;

/// <summary>
/// Moves a volunteer to another learning point, of their town or — by the district's administrator — of another town.
/// Hours, stars, points and awards belong to the volunteer and go with them; the ledger keeps each record's point as it was
/// when recorded, and the volunteer keeps their number. Both towns' audit chains record the move.
/// </summary>
public sealed class TransferCommands(Database db, TimeProvider clock)
{
    public Volunteer Transfer(Caller caller, long volunteerId, long learningPointId)
    {
        db.Write((c, t) =>
        {
            var volunteer = VolunteerQueries.Reachable(c, t, caller, volunteerId);
            LearningPointQueries.EnsureReachable(c, t, caller, learningPointId);
            if (volunteer.ErasedAt is not null)
                throw DomainException.Conflict(Text.T("该志愿者的个人信息已注销，不能转移", "The volunteer's personal data was erased"));
            if (volunteer.LearningPointId == learningPointId)
                throw DomainException.Conflict(Text.T("该志愿者已在这个学习点", "The volunteer is already at this learning point"), "learningPointId");
            var from = TownQueries.OfPoint(c, t, volunteer.LearningPointId);
            var to = TownQueries.OfPoint(c, t, learningPointId);
            // Both towns' turns, the lower first, so two transfers between the same towns never wait for each other in a circle.
            foreach (var town in new[] { from, to }.Distinct().Order()) Database.EnterTown(c, t, town);
            var now = clock.GetUtcNow();
            c.Execute("UPDATE volunteers SET learning_point_id = @learningPointId, updated_at = @now WHERE id = @volunteerId",
                new { volunteerId, learningPointId, now }, t);
            var detail = new { volunteer.VolunteerNo, fromPointId = volunteer.LearningPointId, toPointId = learningPointId, fromTownId = from, toTownId = to };
            AuditLog.Write(c, t, from, caller, "volunteer.transfer", "volunteer", volunteerId, detail);
            if (to != from) AuditLog.Write(c, t, to, caller, "volunteer.transfer", "volunteer", volunteerId, detail);
        });
        return db.Read(c => VolunteerQueries.Find(c, null, volunteerId))!;
    }
}
