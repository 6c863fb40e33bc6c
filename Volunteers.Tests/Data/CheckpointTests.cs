using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

[Category(TestHost.SqliteOnly)]
public sealed class CheckpointTests
{
    [Test]
    public async Task A_small_write_reaches_the_database_file_itself_without_waiting_for_a_large_log()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePoint();
            var number = (await admin.Get($"/api/volunteers/{await admin.CreateVolunteer(point)}")).Expect(200).Json["volunteerNo"]!.GetValue<string>();
            // A few pages are far below SQLite's own checkpoint at 1,000: only the service's background checkpoint folds
            // them into the file, which a copy of the file alone (no -wal) then shows.
            var copy = Path.Combine(host.Folder, "file-alone.db");
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!FileAloneHolds(host.DatabasePath, copy, number))
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the volunteer never reached the database file");
                await Task.Delay(50);
            }
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    private static bool FileAloneHolds(string database, string copy, string volunteerNo)
    {
        foreach (var leftover in new[] { copy, copy + "-wal", copy + "-shm" }) File.Delete(leftover);
        File.Copy(database, copy);
        try
        {
            using var c = new SqliteConnection($"Data Source={copy};Pooling=False");
            return c.ExecuteScalar<long>("SELECT count(*) FROM volunteers WHERE volunteer_no = @volunteerNo", new { volunteerNo }) == 1;
        }
        catch (SqliteException)
        {
            return false; // copied halfway through a checkpoint's writes: try again
        }
    }
}
