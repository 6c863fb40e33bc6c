using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Documents;

/// <summary>Gathers what each document prints, scoped to the caller; the renderers never see a whole mobile or ID number.</summary>
public sealed class DocumentData(Database db, AwardData awards, ProgressData progress, TownData town, SelectionSettings settings, TimeProvider clock)
{
    public CertificateData Certificate(Award a, Func<string, string> verifyUrl) => new(a.Name, a.Title,
        $"在{a.Year}年扶欢镇社区教育志愿服务中热心奉献、表现突出，全年累计服务 {Hours.FromHalfHours(a.HalfHours):0.#} 小时，经推荐、审核和公示，被评为：",
        a.Year, settings.Issuer, a.IssuedOn, a.CertificateNo, verifyUrl(a.VerificationCode));

    /// <summary>The year's awards that still stand, grouped by learning point in the order the list prints them.</summary>
    public IReadOnlyList<Award> StandingAwards(Caller caller, int year)
    {
        var list = awards.List(caller, year).Where(a => a.RevokedAt is null).ToList();
        if (list.Count == 0) throw DomainException.NotFound(Text.T($"{year} 年度的有效奖项", $"Standing awards of {year}"));
        return list.OrderBy(a => a.LearningPointName).ThenByDescending(a => a.HalfHours).ThenBy(a => a.CertificateNo).ToList();
    }

    public RecognitionListData RecognitionList(Caller caller, int year) => new(year, settings.Issuer, ShanghaiTime.Today(clock),
        StandingAwards(caller, year).Select(a => new RecognitionEntry(a.Name, a.LearningPointName, Hours.FromHalfHours(a.HalfHours), a.Title)).ToList());

    /// <summary>
    /// Issues a numbered, verifiable proof of a volunteer's approved service in a period (reversals included, so the total is what
    /// counts). The proof is rendered inside the transaction that numbers it: a document that cannot be printed leaves no number behind.
    /// </summary>
    public T ServiceProof<T>(Caller caller, long volunteerId, DateOnly? from, DateOnly? to, Func<string, string> verifyUrl, Func<ServiceRecordProofData, T> render) =>
        db.Write((c, t) =>
        {
            var today = ShanghaiTime.Today(clock);
            var v = VolunteerData.Find(c, t, volunteerId);
            if (v is null || !caller.CanReach(v.LearningPointId)) throw VolunteerData.NotFound();
            if (v.ErasedAt is not null) throw DomainException.Conflict(Text.T("该志愿者的个人信息已注销，不能出具证明", "The volunteer's personal data was erased"));
            var firstService = c.ExecuteScalar<string?>("SELECT min(service_date) FROM service_records WHERE volunteer_id = @volunteerId AND status = 'approved'",
                new { volunteerId }, t);
            var registered = ShanghaiTime.DateOf(v.CreatedAt);
            var start = from ?? (firstService is not null && DateOnly.Parse(firstService) < registered ? DateOnly.Parse(firstService) : registered);
            var end = to ?? today;
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
            var sequence = c.ExecuteScalar<long>("SELECT count(*) FROM service_proofs WHERE substr(issued_at, 1, 4) = @year", new { year = today.Year.ToString() }, t) + 1;
            var number = $"扶欢志证〔{today.Year}〕第{sequence:0000}号";
            var code = AwardIssuer.NewCode();
            c.Execute("""
                INSERT INTO service_proofs (volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at)
                VALUES (@volunteerId, @number, @code, @start, @end, @halfHours, @by, @now)
                """, new { volunteerId, number, code, start, end, halfHours = lines.Sum(l => Hours.ToHalfHours(l.Hours)), by = caller.AccountId, now = clock.GetUtcNow() }, t);
            AuditLog.Write(c, t, caller, "service-proof.issue", "volunteer", volunteerId, new { proofNo = number, from = start, to = end });
            return render(new ServiceRecordProofData(v.Name, v.IdNumberMasked ?? "（未登记）", v.VolunteerNo, start, end, lines, settings.Issuer, number, today, verifyUrl(code)));
        });

    public AnnualReportData AnnualReport(int year)
    {
        var today = ShanghaiTime.Today(clock);
        var p = progress.For(year);
        var settingsOfTown = town.Get();
        return db.Read(c =>
        {
            var hoursByPoint = c.Query<(long PointId, long HalfHours)>("""
                SELECT v.learning_point_id, sum(y.approved_half_hours) FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                WHERE y.year = @year GROUP BY v.learning_point_id
                """, new { year }).ToDictionary(x => x.PointId, x => x.HalfHours);
            var hoursByCategory = c.Query<(string Category, long HalfHours)>("""
                SELECT v.category, sum(y.approved_half_hours) FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                WHERE y.year = @year GROUP BY v.category
                """, new { year }).ToDictionary(x => x.Category, x => x.HalfHours);
            var byType = c.Query<(string Type, long Count)>(
                "SELECT type, count(*) FROM activities WHERE substr(date, 1, 4) = @year GROUP BY type", new { year = year.ToString() }).ToList();
            var awarded = c.Query<Award>("""
                SELECT a.id, v.name, p.name AS learning_point_name, a.title, coalesce(y.approved_half_hours, 0) AS half_hours
                FROM awards a JOIN volunteers v ON v.id = a.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                LEFT JOIN volunteer_year_totals y ON y.volunteer_id = a.volunteer_id AND y.year = a.year
                WHERE a.year = @year AND a.revoked_at IS NULL ORDER BY p.name, a.certificate_no
                """, new { year }).Select(a => new RecognitionEntry(a.Name, a.LearningPointName, Hours.FromHalfHours(a.HalfHours), a.Title)).ToList();
            return new AnnualReportData(year, settingsOfTown.Name, p.Town.Target, (int)p.Town.Active, (int)p.Town.Serving,
                Hours.FromHalfHours(hoursByPoint.Values.Sum()), (int)byType.Sum(x => x.Count),
                p.LearningPoints.Select(x => new PointFigures(x.Name, x.Target, (int)x.Active, Hours.FromHalfHours(hoursByPoint.GetValueOrDefault(x.Id)))).ToList(),
                Categories.All.Select(cat => new CategoryFigures(Categories.Chinese(cat), (int)p.ByCategory.GetValueOrDefault(cat),
                    Hours.FromHalfHours(hoursByCategory.GetValueOrDefault(cat)))).ToList(),
                byType.Select(x => new ActivityTypeCount(ActivityTypes.Chinese.GetValueOrDefault(x.Type, x.Type), (int)x.Count)).OrderByDescending(x => x.Activities).ToList(),
                awarded, settings.Issuer, today, settingsOfTown.TargetRatio);
        });
    }

    private sealed class Line
    {
        public DateOnly ServiceDate { get; init; }
        public string Activity { get; init; } = "";
        public long HalfHours { get; init; }
        public string LearningPoint { get; init; } = "";
    }
}
