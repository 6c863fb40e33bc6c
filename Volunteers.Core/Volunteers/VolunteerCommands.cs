using System.Data.Common;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.LearningPoints;
using Volunteers.Core.Me;
using Volunteers.Core.Numbering;
using Volunteers.Core.Town;
using Volunteers.Core.Signups;

namespace Volunteers.Core.Volunteers;

public sealed record NewVolunteer(VolunteerInput Input, string Status, string Source, string? ConsentVersion);

public enum StatusAction { Approve, Suspend, Withdraw }

/// <summary>Registering, editing and changing the status of a volunteer.</summary>
public sealed class VolunteerCommands(Database db, PersonalDataProtector protector, VolunteerRules rules, NumberSequences numbers, TimeProvider clock)
{
    public Volunteer Create(Caller? caller, NewVolunteer created, IdempotencyKey? key = null, string? client = null)
    {
        var record = VolunteerRecord.From(created.Input, protector);
        var id = db.WriteOnce(key, (c, t) =>
        {
            LearningPointQueries.EnsureReachable(c, t, caller, record.LearningPointId);
            Duplicates.EnsureFree(c, t, record, exceptId: null);
            var (id, number) = Insert(c, t, caller, record, created, clock.GetUtcNow());
            AuditLog.Write(c, t, TownQueries.OfPoint(c, t, record.LearningPointId), caller, "volunteer.create", "volunteer", id,
                new { volunteerNo = number, record.LearningPointId, created.Status, created.Source }, client);
            return id;
        }, clock, TownQueries.TurnOfPoint(db, record.LearningPointId));
        return db.Read(c => VolunteerQueries.Find(c, null, id))!;
    }

    /// <summary>Numbers and stores a checked record inside the caller's transaction.</summary>
    internal (long Id, string VolunteerNo) Insert(DbConnection c, DbTransaction t, Caller? caller, VolunteerRecord record,
        NewVolunteer created, DateTimeOffset now)
    {
        var town = TownQueries.Find(c, t, TownQueries.OfPoint(c, t, record.LearningPointId))!;
        var number = numbers.Next(c, t, town, NumberKind.Volunteer, now);
        var id = Duplicates.Guard(() => c.ExecuteScalar<long>("""
            INSERT INTO volunteers (volunteer_no, name, gender, mobile, id_number_cipher, id_number_hash, id_number_masked, birth_date,
                category, workplace, skills, learning_point_id, status, source, consent_version, guardian_name, guardian_mobile,
                created_by, created_at, updated_at, status_changed_at)
            VALUES (@number, @Name, @Gender, @Mobile, @IdNumberCipher, @IdNumberHash, @IdNumberMasked, @BirthDate,
                @Category, @Workplace, @Skills, @LearningPointId, @status, @source, @consentVersion, @GuardianName, @GuardianMobile,
                @createdBy, @now, @now, @now)
            RETURNING id
            """, Parameters.Of(record, new
        {
            number,
            status = created.Status,
            source = created.Source,
            consentVersion = created.ConsentVersion,
            createdBy = caller?.AccountId,
            now,
        }), t));
        return (id, number);
    }

    public Volunteer Update(Caller caller, long id, VolunteerPatch patch)
    {
        db.Write(TownQueries.TurnOfVolunteer(db, id), (c, t) =>
        {
            var current = VolunteerQueries.Reachable(c, t, caller, id);
            if (current.Status == Statuses.Withdrawn)
                throw DomainException.Conflict(Text.T("已退出的志愿者不能修改", "A withdrawn volunteer cannot be changed"));
            var merged = patch.ApplyTo(CurrentInput(c, t, current));
            var result = rules.Validate(merged);
            if (!result.IsValid)
                throw DomainException.Invalid(result.Errors.Select(e => new FieldError(JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName), e.ErrorMessage)).ToList());
            var record = VolunteerRecord.From(merged, protector);
            LearningPointQueries.EnsureReachable(c, t, caller, record.LearningPointId);
            if (TownQueries.OfPoint(c, t, record.LearningPointId) != TownQueries.OfPoint(c, t, current.LearningPointId))
                throw DomainException.Conflict(Text.T("转到另一个镇（街道）的学习点请用转移（POST /api/volunteers/{id}/transfer）",
                    "Moving to another town's point is a transfer (POST /api/volunteers/{id}/transfer)"), "learningPointId");
            Duplicates.EnsureFree(c, t, record, exceptId: id);
            Duplicates.Guard(() => c.Execute("""
                UPDATE volunteers SET name = @Name, gender = @Gender, mobile = @Mobile, id_number_cipher = @IdNumberCipher,
                    id_number_hash = @IdNumberHash, id_number_masked = @IdNumberMasked, birth_date = @BirthDate, category = @Category,
                    workplace = @Workplace, skills = @Skills, learning_point_id = @LearningPointId, guardian_name = @GuardianName,
                    guardian_mobile = @GuardianMobile, updated_at = @now
                WHERE id = @id
                """, Parameters.Of(record, new { id, now = clock.GetUtcNow() }), t));
            AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, id), caller, "volunteer.update", "volunteer", id, new { fields = patch.ChangedFields() });
        });
        return db.Read(c => VolunteerQueries.Find(c, null, id))!;
    }

    public Volunteer ChangeStatus(Caller caller, long id, StatusAction action, string? reason)
    {
        db.Write(TownQueries.TurnOfVolunteer(db, id), (c, t) =>
        {
            var current = VolunteerQueries.Reachable(c, t, caller, id);
            var target = Next(current.Status, action)
                ?? throw DomainException.Conflict(Text.T(
                    $"志愿者当前状态为“{Labels.VolunteerStatus(current.Status)}”，不能{ActionName(action)}",
                    $"A volunteer who is {current.Status} cannot be {action.ToString().ToLowerInvariant()}d"));
            var now = clock.GetUtcNow();
            c.Execute("UPDATE volunteers SET status = @target, status_changed_at = @now, updated_at = @now WHERE id = @id",
                new { id, target, now }, t);
            c.Execute("""
                INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_by, changed_at)
                VALUES (@id, @from, @target, @reason, @by, @now)
                """, new { id, from = current.Status, target, reason, by = caller.AccountId, now }, t);
            AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, id), caller, "volunteer." + action.ToString().ToLowerInvariant(), "volunteer", id, new { from = current.Status, to = target });
            if (target is Statuses.Suspended or Statuses.Withdrawn) SignupCommands.ReleasePlaces(c, t, caller, id, now);
            if (target == Statuses.Withdrawn) CardCommands.End(c, t, caller, id, CardEndings.Withdrawn, now);
        });
        return db.Read(c => VolunteerQueries.Find(c, null, id))!;
    }

    /// <summary>pending → active | withdrawn; active → suspended | withdrawn; suspended → active | withdrawn; withdrawn is final.</summary>
    public static string? Next(string status, StatusAction action) => (status, action) switch
    {
        (Statuses.Pending or Statuses.Suspended, StatusAction.Approve) => Statuses.Active,
        (Statuses.Active, StatusAction.Suspend) => Statuses.Suspended,
        (Statuses.Pending or Statuses.Active or Statuses.Suspended, StatusAction.Withdraw) => Statuses.Withdrawn,
        _ => null,
    };

    /// <summary>The whole ID number, for a town administrator who states why; the reveal itself is audited.</summary>
    public string RevealIdNumber(Caller caller, long id, string reason) => db.Write(TownQueries.TurnOfVolunteer(db, id), (c, t) =>
    {
        if (!caller.IsAdmin) throw DomainException.Forbidden(Text.T("只有镇管理员可以查看完整身份证号码", "Only a town administrator may reveal an ID number"));
        VolunteerQueries.Reachable(c, t, caller, id);
        var cipher = c.QuerySingleOrDefault<string?>("SELECT id_number_cipher FROM volunteers WHERE id = @id", new { id }, t)
            ?? throw DomainException.Conflict(Text.T("该志愿者没有登记身份证号码", "No ID number is registered for this volunteer"));
        AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, id), caller, "volunteer.reveal-id", "volunteer", id, new { reason });
        return protector.Decrypt(cipher);
    });

    private VolunteerInput CurrentInput(DbConnection c, DbTransaction t, Volunteer v)
    {
        var cipher = c.ExecuteScalar<string?>("SELECT id_number_cipher FROM volunteers WHERE id = @id", new { id = v.Id }, t);
        return new VolunteerInput
        {
            Name = v.Name,
            Gender = v.Gender,
            Mobile = v.Mobile ?? "",
            IdNumber = cipher is null ? null : protector.Decrypt(cipher),
            BirthDate = v.BirthDate,
            Category = v.Category,
            Workplace = v.Workplace,
            Skills = [.. v.Skills],
            LearningPointId = v.LearningPointId,
            GuardianName = v.GuardianName,
            GuardianMobile = v.GuardianMobile,
        };
    }

    private static string ActionName(StatusAction action) => action switch
    {
        StatusAction.Approve => "审核通过或恢复",
        StatusAction.Suspend => "暂停",
        _ => "退出",
    };
}
