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
public sealed class DocumentQueries(Database db, AwardQueries awards, ProgressQueries progress, TownQueries town, TimeProvider clock)
{
    public CertificateData Certificate(Award a, Func<string, string> verifyUrl) => new(a.Name, a.Title,
        $"在{a.Year}年{a.TownName}社区教育志愿服务中热心奉献、表现突出，全年累计服务 {Hours.FromHalfHours(a.HalfHours):0.#} 小时，经推荐、审核和公示，被评为：",
        a.Year, a.Issuer, a.IssuedOn, a.CertificateNo, verifyUrl(a.VerificationCode));

    /// <summary>The year's awards of the caller's town (or the one a district administrator names) that still stand, in <see cref="AwardOrder"/>.</summary>
    public IReadOnlyList<Award> StandingAwards(Caller caller, int year) => StandingAwards(caller, year, town.Resolve(caller, null));

    private IReadOnlyList<Award> StandingAwards(Caller caller, int year, long townId)
    {
        var list = awards.List(caller, year, townId).Where(a => a.RevokedAt is null).ToList();
        return list.Count > 0 ? list : throw DomainException.NotFound(Text.T($"{year} 年度的有效奖项", $"Standing awards of {year}"));
    }

    public RecognitionListData RecognitionList(Caller caller, int year)
    {
        var settings = town.Get(caller, null);
        return new(year, settings.Name, settings.Issuer, ShanghaiTime.Today(clock), StandingAwards(caller, year, settings.Id).Select(Entry).ToList());
    }

    private static RecognitionEntry Entry(Award a) => new(a.Name, a.LearningPointName, Hours.FromHalfHours(a.HalfHours), a.Title, a.CertificateNo);

    /// <summary>The annual report of the caller's town, or of the one a district administrator names.</summary>
    public AnnualReportData AnnualReport(Caller caller, int year)
    {
        var today = ShanghaiTime.Today(clock);
        var settingsOfTown = town.Get(caller, null);
        var p = progress.For(settingsOfTown.Id, year);
        return db.Read(c =>
        {
            var args = new { year, town = settingsOfTown.Id, yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var hoursByPoint = c.Query<(long PointId, long HalfHours)>("""
                SELECT v.learning_point_id, sum(y.approved_half_hours)
                FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                WHERE y.year = @year AND p.town_id = @town GROUP BY v.learning_point_id
                """, args).ToDictionary(x => x.PointId, x => x.HalfHours);
            var hoursByCategory = c.Query<(string Category, long HalfHours)>("""
                SELECT v.category, sum(y.approved_half_hours)
                FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                WHERE y.year = @year AND p.town_id = @town GROUP BY v.category
                """, args).ToDictionary(x => x.Category, x => x.HalfHours);
            var byType = c.Query<(string Type, long Count)>(
                "SELECT type, count(*) FROM activities WHERE town_id = @town AND substr(date, 1, 4) = @yearText GROUP BY type", args).ToList();
            var awarded = c.Query<Award>($"""
                SELECT a.id, v.name, p.name AS learning_point_name, a.title, a.certificate_no, coalesce(y.approved_half_hours, 0) AS half_hours
                FROM awards a JOIN volunteers v ON v.id = a.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                LEFT JOIN volunteer_year_totals y ON y.volunteer_id = a.volunteer_id AND y.year = a.year
                WHERE a.year = @year AND a.town_id = @town AND a.revoked_at IS NULL ORDER BY {AwardOrder.Printing}
                """, args).Select(Entry).ToList();
            return new AnnualReportData(year, settingsOfTown.Name, p.Town.Target, (int)p.Town.Active, (int)p.Town.Serving,
                Hours.FromHalfHours(hoursByPoint.Values.Sum()), (int)byType.Sum(x => x.Count),
                p.LearningPoints.Select(x => new PointFigures(x.Name, x.Target, (int)x.Active, Hours.FromHalfHours(hoursByPoint.GetValueOrDefault(x.Id)))).ToList(),
                Categories.All.Select(cat => new CategoryFigures(Labels.Category(cat), (int)p.ByCategory.GetValueOrDefault(cat),
                    Hours.FromHalfHours(hoursByCategory.GetValueOrDefault(cat)))).ToList(),
                byType.Select(x => new ActivityTypeCount(ActivityTypes.Chinese.GetValueOrDefault(x.Type, x.Type), (int)x.Count)).OrderByDescending(x => x.Activities).ToList(),
                awarded, settingsOfTown.Issuer, today, settingsOfTown.TargetRatio);
        });
    }
}
