using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

public sealed class RestartTests
{
    [Test]
    public async Task Everything_acknowledged_is_there_after_a_restart_on_the_same_file()
    {
        var first = new TestHost();
        var folder = first.Folder;
        var admin = first.Admin();
        var point = await admin.CreatePointWithCoordinator("石龙村");
        var body = People.Volunteer(point.PointId);
        var volunteerId = (await first.As(point.Token).Post("/api/volunteers", body)).Expect(201).Id;
        (await admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 36000, targetRatio = 0.01 })).Expect(200);
        first.Dispose();

        var second = new TestHost(folder);
        try
        {
            var again = second.As(point.Token);
            var volunteer = (await again.Get($"/api/volunteers/{volunteerId}")).Expect(200);
            Assert.That(volunteer.Str("mobile"), Is.EqualTo(body["mobile"]));
            var id = (string)body["idNumber"]!;
            Assert.That(volunteer.Str("idNumber"), Is.EqualTo(id[..6] + "********" + id[14..]));
            var found = (await again.Get($"/api/volunteers?q={id}")).Expect(200).Json["total"]!.GetValue<long>();
            Assert.That(found, Is.EqualTo(1), "the data key kept beside the database still finds the ID number");
            Assert.That((await second.Admin().Get("/api/town")).Json["target"]!.GetValue<int>(), Is.EqualTo(360));
            // On PostgreSQL the key is a setting (it has no file to keep it beside).
            if (!TestHost.OnPostgres) Assert.That(File.Exists(Path.Combine(folder, "volunteers.key")), Is.True);
        }
        finally
        {
            second.DisposeAndDelete();
        }
    }
}
