using Volunteers.Core.Audit;
using System.Text.Json;
using Dapper;
using FluentValidation;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Volunteers;

public enum StatusAction { Approve, Suspend, Withdraw }

/// <summary>Edits and status changes of a registered volunteer.</summary>
public sealed class VolunteerChanges(Database db, PersonalDataProtector protector, VolunteerRules rules, TimeProvider clock)
{
    public Volunteer Update(Caller caller, long id, VolunteerPatch patch)
    {
        db.Write((c, t) =>
        {
            var current = Reachable(c, t, caller, id);
            if (current.Status == Statuses.Withdrawn)
                throw DomainException.Conflict(Text.T("已退出的志愿者不能修改", "A withdrawn volunteer cannot be changed"));
            var merged = patch.ApplyTo(CurrentInput(c, t, current));
            var result = rules.Validate(merged);
            if (!result.IsValid)
                throw DomainException.Invalid(result.Errors.Select(e => new FieldError(JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName), e.ErrorMessage)).ToList());
            var record = VolunteerRecord.From(merged, protector);
            VolunteerData.EnsurePointReachable(c, t, caller, record.LearningPointId);
            Duplicates.EnsureFree(c, t, record, exceptId: id);
            Duplicates.Guard(() => c.Execute("""
                UPDATE volunteers SET name = @Name, gender = @Gender, mobile = @Mobile, id_number_cipher = @IdNumberCipher,
                    id_number_hash = @IdNumberHash, id_number_masked = @IdNumberMasked, birth_date = @BirthDate, category = @Category,
                    workplace = @Workplace, skills = @Skills, learning_point_id = @LearningPointId, guardian_name = @GuardianName,
                    guardian_mobile = @GuardianMobile, updated_at = @now
                WHERE id = @id
                """, Parameters.Of(record, new { id, now = clock.GetUtcNow() }), t));
            AuditLog.Write(c, t, caller, "volunteer.update", "volunteer", id, new { fields = patch.ChangedFields() });
        });
        return db.Read(c => VolunteerData.Find(c, null, id))!;
    }

    public Volunteer ChangeStatus(Caller caller, long id, StatusAction action, string? reason)
    {
        db.Write((c, t) =>
        {
            var current = Reachable(c, t, caller, id);
            var target = Next(current.Status, action)
                ?? throw DomainException.Conflict(Text.T(
                    $"志愿者当前状态为“{StatusNames.Chinese(current.Status)}”，不能{ActionName(action)}",
                    $"A volunteer who is {current.Status} cannot be {action.ToString().ToLowerInvariant()}d"));
            var now = clock.GetUtcNow();
            c.Execute("UPDATE volunteers SET status = @target, status_changed_at = @now, updated_at = @now WHERE id = @id",
                new { id, target, now }, t);
            c.Execute("""
                INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_by, changed_at)
                VALUES (@id, @from, @target, @reason, @by, @now)
                """, new { id, from = current.Status, target, reason, by = caller.AccountId, now }, t);
            AuditLog.Write(c, t, caller, "volunteer." + action.ToString().ToLowerInvariant(), "volunteer", id, new { from = current.Status, to = target });
        });
        return db.Read(c => VolunteerData.Find(c, null, id))!;
    }

    /// <summary>pending → active | withdrawn; active → suspended | withdrawn; suspended → active | withdrawn; withdrawn is final.</summary>
    public static string? Next(string status, StatusAction action) => (status, action) switch
    {
        (Statuses.Pending or Statuses.Suspended, StatusAction.Approve) => Statuses.Active,
        (Statuses.Active, StatusAction.Suspend) => Statuses.Suspended,
        (Statuses.Pending or Statuses.Active or Statuses.Suspended, StatusAction.Withdraw) => Statuses.Withdrawn,
        _ => null,
    };

    private static Volunteer Reachable(SqliteConnection c, SqliteTransaction t, Caller caller, long id)
    {
        var v = VolunteerData.Find(c, t, id);
        if (v is null || !caller.CanReach(v.LearningPointId)) throw VolunteerData.NotFound();
        return v;
    }

    private VolunteerInput CurrentInput(SqliteConnection c, SqliteTransaction t, Volunteer v)
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
            Skills = JsonSerializer.Deserialize<List<string>>(v.Skills) ?? [],
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

public static class StatusNames
{
    public static string Chinese(string status) => status switch
    {
        Statuses.Pending => "待审核",
        Statuses.Active => "在册",
        Statuses.Suspended => "已暂停",
        Statuses.Withdrawn => "已退出",
        _ => status,
    };
}
