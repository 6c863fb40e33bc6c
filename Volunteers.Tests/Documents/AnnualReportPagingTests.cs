using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>The annual report of a town growing point by point: wherever its tables break over a page, no row is left alone.</summary>
public sealed class AnnualReportPagingTests
{
    // A row of the learning points' table (学习点07, target 24, none active, 0%, 0 hours); the chart prints "0 / 目标 24" instead.
    private static readonly Regex PointRow = new(@"学习点\d{2}2400%0");

    [Test]
    public async Task No_row_of_the_learning_points_table_stands_alone_on_a_page()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var year = DateTime.UtcNow.AddHours(8).Year;
            var broken = 0;
            for (var points = 1; points <= 36; points++)
            {
                (await admin.Post("/api/learning-points", new { code = $"P{points:00}", name = $"学习点{points:00}", kind = "village", residentPopulation = 2400 })).Expect(201);
                var report = await admin.Download($"/api/reports/annual/{year}.pdf", "annual-report-paging");
                var perPage = report.Pages.Select(p => PointRow.Matches(p).Count).Where(n => n > 0).ToList();
                Assert.That(perPage.Sum(), Is.EqualTo(points), $"{points} points: every row once");
                if (perPage.Count > 1) broken++;
                if (points > 1) Assert.That(perPage, Has.All.GreaterThanOrEqualTo(2), $"{points} points: rows per page {string.Join(", ", perPage)}");
            }
            Assert.That(broken, Is.GreaterThan(3), "the table broke over a page often enough to tell");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
