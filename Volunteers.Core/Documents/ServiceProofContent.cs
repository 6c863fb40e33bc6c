using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Documents;

/// <summary>What a proof says, before it has a number: the period, the approved services in it, and a digest of all it prints.</summary>
public sealed record ProofDraft(Volunteer Volunteer, DateOnly From, DateOnly To, IReadOnlyList<ServiceLine> Services, string TownName, string Issuer,
    string Digest)
{
    public ServiceRecordProofData Numbered(string number, DateOnly issuedOn, string verifyUrl) =>
        new(Volunteer.Name, Volunteer.IdNumberMasked, Volunteer.VolunteerNo, From, To, Services, TownName, Issuer, number, issuedOn, verifyUrl);
}

public static class ServiceProofContent
{
    /// <summary>The period runs from the first service (or the registration) to the last service, unless asked for.</summary>
    public static ProofDraft Gather(DbConnection c, DbTransaction t, Volunteer v, DateOnly? from, DateOnly? to, TownSettings town, DateOnly today)
    {
        var issuer = town.Issuer;
        var volunteerId = v.Id;
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
        var printed = JsonSerializer.SerializeToUtf8Bytes(new { v.Name, v.IdNumberMasked, v.VolunteerNo, start, end, lines, issuer });
        return new ProofDraft(v, start, end, lines, town.Name, issuer, Convert.ToHexString(SHA256.HashData(printed)));
    }

    private sealed class Line
    {
        public DateOnly ServiceDate { get; init; }
        public string Activity { get; init; } = "";
        public long HalfHours { get; init; }
        public string LearningPoint { get; init; } = "";
    }
}
