using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;
using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Numbering;

public sealed class NumberingTests
{
    /// <summary>00:30 on 1 January 2027 in Shanghai, still 31 December 2026 in UTC.</summary>
    private static readonly DateTimeOffset NewYearInShanghai = new(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task Numbers_count_the_Shanghai_year_so_a_proof_issued_just_after_midnight_on_1_January_breaks_no_later_proof()
    {
        var clock = new TestClock(NewYearInShanghai);
        var host = new TestHost { Clock = clock };
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var volunteer = (await coordinator.Post("/api/volunteers", People.Volunteer(point.PointId))).Expect(201);
            Assert.That(volunteer.Str("volunteerNo"), Is.EqualTo("FH2027-0001"), "registered in 2027, Shanghai time");
            await Ledger.RecordApproved(coordinator, admin, volunteer.Id, 2, date: "2026-12-30");

            Assert.That(await ProofNumber(admin, volunteer.Id), Is.EqualTo("扶欢志证〔2027〕第0001号"));
            clock.Set(new DateTimeOffset(2027, 1, 5, 2, 0, 0, TimeSpan.Zero));
            Assert.That(await ProofNumber(admin, volunteer.Id), Is.EqualTo("扶欢志证〔2027〕第0002号"));
            clock.Set(new DateTimeOffset(2027, 12, 31, 15, 59, 0, TimeSpan.Zero));
            Assert.That(await ProofNumber(admin, volunteer.Id), Is.EqualTo("扶欢志证〔2027〕第0003号"), "23:59 on 31 December is still 2027");
            clock.Set(new DateTimeOffset(2027, 12, 31, 16, 1, 0, TimeSpan.Zero));
            Assert.That(await ProofNumber(admin, volunteer.Id), Is.EqualTo("扶欢志证〔2028〕第0001号"), "00:01 on 1 January starts 2028");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public void A_number_format_that_cannot_number_two_documents_apart_stops_the_start_with_the_setting_named()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Numbering:CertificateFormat"] = "扶欢社教第{0}号" });
        try
        {
            var error = Assert.Catch(() => host.CreateClient())!;
            Assert.That(error.ToString(), Does.Contain("Volunteers:Numbering:CertificateFormat"));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public void A_database_numbered_before_the_counters_existed_continues_its_numbers()
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-numbering-").FullName;
        try
        {
            var db = new Database(Path.Combine(folder, "v.db"));
            var all = Migrator.Available();
            Migrator.Migrate(db, names: all.Where(n => string.CompareOrdinal(n, "0007") < 0).ToList());
            using (var c = db.Open())
            {
                c.Execute("INSERT INTO volunteer_number_seq (year, last) VALUES (2025, 41), (2026, 7)");
                c.Execute("""
                    INSERT INTO learning_points (id, code, name, kind, resident_population, created_at, updated_at) VALUES (1, 'P1', '新连村', 'village', 10, 'x', 'x');
                    INSERT INTO accounts (id, name, role, created_at) VALUES (1, '镇管理员', 'town-admin', 'x');
                    INSERT INTO volunteers (id, volunteer_no, name, gender, mobile, category, learning_point_id, status, source, created_at, updated_at, status_changed_at)
                    VALUES (1, 'FH2026-0001', '李秀英', 'female', '13900000001', 'teacher', 1, 'active', 'coordinator', 'x', 'x', 'x');
                    INSERT INTO selections (year, min_half_hours, quota, state, created_by, created_at)
                    VALUES (2025, 0, 1, 'finalized', 1, 'x'), (2026, 0, 1, 'finalized', 1, 'x');
                    INSERT INTO awards (volunteer_id, year, title, certificate_no, verification_code, issued_on)
                    VALUES (1, 2025, '优秀社区教育志愿者', '扶欢社教〔2025〕第001号', 'A1', '2025-12-01'), (1, 2026, '优秀社区教育志愿者', '扶欢社教〔2026〕第001号', 'A2', '2026-12-01');
                    INSERT INTO service_proofs (volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at)
                    VALUES (1, '扶欢志证〔2026〕第0001号', 'P1', '2026-01-01', '2026-06-01', 4, 1, '2026-06-01T00:00:00Z'),
                           (1, '扶欢志证〔2026〕第0012号', 'P2', '2026-01-01', '2026-06-01', 4, 1, '2026-12-31T16:30:00Z');
                    """);
            }
            Assert.That(Migrator.Migrate(db), Is.Not.Empty);
            using var after = db.Open();
            var counters = after.Query<(string Kind, long Year, long Last)>("SELECT kind, year, last FROM number_sequences ORDER BY kind, year").ToList();
            Assert.That(counters, Is.EqualTo(new[]
            {
                ("certificate", 2025L, 1L), ("certificate", 2026L, 1L), ("service-proof", 2026L, 12L), ("volunteer", 2025L, 41L), ("volunteer", 2026L, 7L),
            }));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> ProofNumber(ApiClient admin, long volunteerId)
    {
        var response = await admin.Client.PostAsync($"/api/volunteers/{volunteerId}/service-proof.pdf", null);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        var text = new ReadBack(await response.Content.ReadAsByteArrayAsync()).AllText;
        return Regex.Match(text, "扶欢志证〔\\d{4}〕第\\d{4}号").Value;
    }
}
