using System.Data.Common;
using System.Globalization;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Documents;

/// <summary>
/// Numbered, verifiable proofs of a volunteer's approved service in a period (reversals included, so the total is what counts).
/// A proof is rendered inside the transaction that numbers it: a document that cannot be printed leaves no number behind.
/// </summary>
public sealed class ServiceProofCommands(Database db, NumberSequences numbers, TimeProvider clock)
{
    private enum Reuse { Never, UnlessChanged, OrIssueAnew }

    /// <summary>A new number, always: the office's deliberate act.</summary>
    public T Issue<T>(Caller caller, long volunteerId, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        Produce(Staff(caller, volunteerId), caller, null, from, to, Reuse.Never, verifyUrl, render);

    /// <summary>
    /// The latest proof asked for the same period, reprinted with its number and date while nothing on it changed; the first one
    /// is issued. Once it changed (a service approved or reversed, the issuer renamed), a 409 says to issue a new one: the office
    /// decides when a new number goes out, a download never does it silently.
    /// </summary>
    public T Reprint<T>(Caller caller, long volunteerId, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        Produce(Staff(caller, volunteerId), caller, null, from, to, Reuse.UnlessChanged, verifyUrl, render);

    /// <summary>The volunteer's own download with their card: reprinted while unchanged, otherwise issued anew, as they have no office to ask.</summary>
    public T IssueOwn<T>(long volunteerId, string? client, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        Produce((c, t) => VolunteerQueries.Find(c, t, volunteerId) ?? throw VolunteerQueries.NotFound(), null, client, from, to, Reuse.OrIssueAnew, verifyUrl, render);

    private static Func<DbConnection, DbTransaction, Volunteer> Staff(Caller caller, long volunteerId) =>
        (c, t) => VolunteerQueries.Reachable(c, t, caller, volunteerId);

    private T Produce<T>(Func<DbConnection, DbTransaction, Volunteer> reach, Caller? caller, string? client, DateOnly? from, DateOnly? to, Reuse reuse,
        Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        db.Write((c, t) =>
        {
            var today = ShanghaiTime.Today(clock);
            var v = reach(c, t);
            if (v.ErasedAt is not null) throw DomainException.Conflict(Text.T("该志愿者的个人信息已注销，不能出具证明", "The volunteer's personal data was erased"));
            if (v.Status == Statuses.Pending)
                throw DomainException.Conflict(Text.T("该志愿者的登记尚未审核通过，审核通过后才能开具服务记录证明", "A proof can be issued once the registration is approved"));
            var town = TownQueries.Find(c, t, TownQueries.OfPoint(c, t, v.LearningPointId))!;
            var draft = ServiceProofContent.Gather(c, t, v, from, to, town, today);
            if (draft.Services.Sum(l => l.Hours) <= 0)
                throw DomainException.Conflict(Text.T("该志愿者在此期间没有经审核的服务时长，不能开具服务记录证明",
                    "The volunteer has no approved service hours in this period, so no proof can be issued"));
            var asked = new { volunteerId = v.Id, askedFrom = Day(from), askedTo = Day(to) };
            if (reuse != Reuse.Never && c.QuerySingleOrDefault<Stored>("""
                    SELECT proof_no, verification_code, content_digest, issued_at FROM service_proofs
                    WHERE volunteer_id = @volunteerId AND coalesce(asked_from, '') = @fromKey AND coalesce(asked_to, '') = @toKey
                    ORDER BY id DESC LIMIT 1
                    """, new { asked.volunteerId, fromKey = asked.askedFrom ?? "", toKey = asked.askedTo ?? "" }, t) is { } last)
            {
                if (last.ContentDigest == draft.Digest)
                    return render(draft.Numbered(last.ProofNo, ShanghaiTime.DateOf(last.IssuedAt), verifyUrl(last.VerificationCode)));
                if (reuse == Reuse.UnlessChanged) throw Changed(last.ProofNo);
            }
            var number = numbers.Next(c, t, town, NumberKind.ServiceProof, today.Year);
            var code = AwardCommands.NewCode();
            c.Execute("""
                INSERT INTO service_proofs (volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at, asked_from, asked_to, content_digest)
                VALUES (@volunteerId, @number, @code, @start, @end, @halfHours, @by, @now, @askedFrom, @askedTo, @digest)
                """, new
            {
                asked.volunteerId,
                number,
                code,
                start = draft.From,
                end = draft.To,
                halfHours = draft.Services.Sum(l => Hours.ToHalfHours(l.Hours)),
                by = caller?.AccountId,
                now = clock.GetUtcNow(),
                asked.askedFrom,
                asked.askedTo,
                digest = draft.Digest,
            }, t);
            AuditLog.Write(c, t, town.Id, caller, "service-proof.issue", "volunteer", v.Id, new { proofNo = number, from = draft.From, to = draft.To, own = caller is null }, client);
            return render(draft.Numbered(number, today, verifyUrl(code)));
        });

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DomainException Changed(string number) => DomainException.Conflict(Text.T(
        $"上次开具的证明（{number}）之后，证明上的内容（服务记录、时长、期间或出具单位）已有变化，不能按原编号重印：如需证明，请开具新编号的证明（POST 同一地址）",
        $"What the last proof ({number}) states has changed since it was issued, so it is not reprinted under its number: issue a new proof (POST to the same address)"));

    private sealed class Stored
    {
        public string ProofNo { get; init; } = "";
        public string VerificationCode { get; init; } = "";
        public string? ContentDigest { get; init; }
        public DateTimeOffset IssuedAt { get; init; }
    }
}
