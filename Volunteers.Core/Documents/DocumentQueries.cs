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
public sealed class DocumentQueries(Database db, AwardQueries awards, ProgressQueries progress, TownQueries town, SelectionSettings settings, TimeProvider clock)
{
    public CertificateData Certificate(Award a, Func<string, string> verifyUrl) => new(a.Name, a.Title,
        $"在{a.Year}年扶欢镇社区教育志愿服务中热心奉献、表现突出，全年累计服务 {Hours.FromHalfHours(a.HalfHours):0.#} 小时，经推荐、审核和公示，被评为：",
        a.Year, settings.Issuer, a.IssuedOn, a.CertificateNo, verifyUrl(a.VerificationCode));

    /// <summary>The year's awards that still stand, in <see cref="AwardOrder"/>.</summary>
    public IReadOnlyList<Award> StandingAwards(Caller caller, int year)
    {
        var list = awards.List(caller, year).Where(a => a.RevokedAt is null).ToList();
        return list.Count > 0 ? list : throw DomainException.NotFound(Text.T($"{year} 年度的有效奖项", $"Standing awards of {year}"));
    }

    public RecognitionListData RecognitionList(Caller caller, int year) => new(year, settings.Issuer, ShanghaiTime.Today(clock),
        StandingAwards(caller, year).Select(Entry).ToList());

    private static RecognitionEntry Entry(Award a) => new(a.Name, a.LearningPointName, Hours.FromHalfHours(a.HalfHours), a.Title, a.CertificateNo);

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
            var awarded = c.Query<Award>($"""
                SELECT a.id, v.name, p.name AS learning_point_name, a.title, a.certificate_no, coalesce(y.approved_half_hours, 0) AS half_hours
                FROM awards a JOIN volunteers v ON v.id = a.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                LEFT JOIN volunteer_year_totals y ON y.volunteer_id = a.volunteer_id AND y.year = a.year
                WHERE a.year = @year AND a.revoked_at IS NULL ORDER BY {AwardOrder.Printing}
                """, new { year }).Select(Entry).ToList();
            return new AnnualReportData(year, settingsOfTown.Name, p.Town.Target, (int)p.Town.Active, (int)p.Town.Serving,
                Hours.FromHalfHours(hoursByPoint.Values.Sum()), (int)byType.Sum(x => x.Count),
                p.LearningPoints.Select(x => new PointFigures(x.Name, x.Target, (int)x.Active, Hours.FromHalfHours(hoursByPoint.GetValueOrDefault(x.Id)))).ToList(),
                Categories.All.Select(cat => new CategoryFigures(Labels.Category(cat), (int)p.ByCategory.GetValueOrDefault(cat),
                    Hours.FromHalfHours(hoursByCategory.GetValueOrDefault(cat)))).ToList(),
                byType.Select(x => new ActivityTypeCount(ActivityTypes.Chinese.GetValueOrDefault(x.Type, x.Type), (int)x.Count)).OrderByDescending(x => x.Activities).ToList(),
                awarded, settings.Issuer, today, settingsOfTown.TargetRatio);
        });
    }
}
