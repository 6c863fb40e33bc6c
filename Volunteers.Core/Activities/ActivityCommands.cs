using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Core.Activities;

public sealed class ActivityCommands(Database db, TimeProvider clock)
{
    public Activity Create(Caller caller, ActivityInput input)
    {
        var id = db.Write((c, t) =>
        {
            if (input.LearningPointId is { } pointId) LearningPointQueries.EnsureReachable(c, t, caller, pointId);
            else if (!caller.IsTownAdmin)
                throw DomainException.Invalid("learningPointId", Text.T("学习点联络员只能为本学习点创建活动", "A coordinator creates activities of their own learning point"));
            var activityId = c.ExecuteScalar<long>("""
                INSERT INTO activities (title, type, learning_point_id, date, location, created_by, created_at)
                VALUES (@Title, @Type, @LearningPointId, @Date, @Location, @by, @now) RETURNING id
                """, Parameters.Of(input, new { by = caller.AccountId, now = clock.GetUtcNow() }), t);
            AuditLog.Write(c, t, caller, "activity.create", "activity", activityId, new { input.Type, input.LearningPointId, input.Date });
            return activityId;
        });
        return db.Read(c => ActivityQueries.Find(c, null, id))!;
    }
}
