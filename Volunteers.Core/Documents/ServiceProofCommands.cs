using System.Data.Common;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Documents;

public sealed class ServiceProofCommands(Database db, SelectionSettings settings, NumberSequences numbers, TimeProvider clock)
{
    /// <summary>
    /// Issues a numbered, verifiable proof of a volunteer's approved service in a period (reversals included, so the total is what
    /// counts). The proof is rendered inside the transaction that numbers it: a document that cannot be printed leaves no number behind.
    /// </summary>
    public T Issue<T>(Caller caller, long volunteerId, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        Issue((c, t) => VolunteerQueries.Reachable(c, t, caller, volunteerId), caller, null, from, to, verifyUrl, render);

    /// <summary>The proof a volunteer downloads with their own card: the same document, issued by no account, once they are approved.</summary>
    public T IssueOwn<T>(long volunteerId, string? client, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        Issue((c, t) => VolunteerQueries.Find(c, t, volunteerId) ?? throw VolunteerQueries.NotFound(), null, client, from, to, verifyUrl, render);

    private T Issue<T>(Func<DbConnection, DbTransaction, Volunteer> reach, Caller? caller, string? client, DateOnly? from, DateOnly? to,
        Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        db.Write((c, t) =>
        {
            var today = ShanghaiTime.Today(clock);
            var v = reach(c, t);
            var volunteerId = v.Id;
            if (v.ErasedAt is not null) throw DomainException.Conflict(Text.T("该志愿者的个人信息已注销，不能出具证明", "The volunteer's personal data was erased"));
            if (v.Status == Statuses.Pending)
                throw DomainException.Conflict(Text.T("该志愿者的登记尚未审核通过，审核通过后才能开具服务记录证明", "A proof can be issued once the registration is approved"));
            var (firstService, lastService) = c.QuerySingle<(string? First, string? Last)>(
                "SELECT min(service_date), max(service_date) FROM service_records WHERE volunteer_id = @volunteerId AND status = 'approved'", new { volunteerId }, t);
            var registered = ShanghaiTime.DateOf(v.CreatedAt);
            var start = from ?? (firstService is not null && DateOnly.Parse(firstService) < registered ? DateOnly.Parse(firstService) : registered);
            // A proof attests service: its period ends with the last service it lists, not on the day it was printed.
            var end = to ?? (lastService is not null ? DateOnly.Parse(lastService) : today);
            if (end < start) throw DomainException.Invalid("to", Text.T("结束日期不能早于开始日期", "The end date is before the start date"));
            var lines = c.Query<Line>("""
                SELECT r.service_date, coalesce(a.title, r.content) AS activity, r.half_hours, p.name AS learning_point
                FROM service_records r
                LEFT JOIN activities a ON a.id = r.activity_id
                JOIN learning_points p ON p.id = r.learning_point_id
                WHERE r.volunteer_id = @volunteerId AND r.status = 'approved' AND r.service_date BETWEEN @start AND @end
                ORDER BY r.service_date, r.id
                """, new { volunteerId, start, end }, t)
                .Select(l => new ServiceLine(l.ServiceDate, l.Activity, Hours.FromHalfHours(l.HalfHours), l.LearningPoint)).ToList();
            if (lines.Sum(l => l.Hours) <= 0)
                throw DomainException.Conflict(Text.T("该志愿者在此期间没有经审核的服务时长，不能开具服务记录证明",
                    "The volunteer has no approved service hours in this period, so no proof can be issued"));
            var number = numbers.Next(c, t, NumberKind.ServiceProof, today.Year);
            var code = AwardCommands.NewCode();
            c.Execute("""
                INSERT INTO service_proofs (volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at)
                VALUES (@volunteerId, @number, @code, @start, @end, @halfHours, @by, @now)
                """, new { volunteerId, number, code, start, end, halfHours = lines.Sum(l => Hours.ToHalfHours(l.Hours)), by = caller?.AccountId, now = clock.GetUtcNow() }, t);
            AuditLog.Write(c, t, caller, "service-proof.issue", "volunteer", volunteerId, new { proofNo = number, from = start, to = end, own = caller is null }, client);
            return render(new ServiceRecordProofData(v.Name, v.IdNumberMasked, v.VolunteerNo, start, end, lines, settings.Issuer, number, today, verifyUrl(code)));
        });

    private sealed class Line
    {
        public DateOnly ServiceDate { get; init; }
        public string Activity { get; init; } = "";
        public long HalfHours { get; init; }
        public string LearningPoint { get; init; } = "";
    }
}
