using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class ServiceRecordListTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private long _volunteer, _other, _ofB;
    private readonly List<long> _records = [];
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
        _volunteer = await A.CreateVolunteer(_a.PointId);
        _other = await A.CreateVolunteer(_a.PointId);
        _ofB = await _host.As(_b.Token).CreateVolunteer(_b.PointId);
        foreach (var days in new[] { 5, 3, 1 }) _records.Add((await A.Record(_volunteer, 1, Ledger.DaysAgo(days))).Expect(201).Id);
        (await Admin.Post($"/api/service-records/{_records[0]}/approve")).Expect(200);
        (await Admin.Post($"/api/service-records/{_records[1]}/reject", new { reason = "未到场" })).Expect(200);
        (await A.Record(_other, 2, Ledger.DaysAgo(3))).Expect(201);
        (await _host.As(_b.Token).Record(_ofB, 2, Ledger.DaysAgo(3))).Expect(201);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<(List<long> Ids, long Total)> List(ApiClient api, string query)
    {
        var page = (await api.Get("/api/service-records?" + query)).Expect(200).Json;
        return (page["items"]!.AsArray().Select(r => r!["id"]!.GetValue<long>()).ToList(), page["total"]!.GetValue<long>());
    }

    [Test]
    public async Task One_volunteers_records_come_newest_first()
    {
        var (ids, total) = await List(A, $"volunteerId={_volunteer}");
        Assert.That(ids, Is.EqualTo(new[] { _records[2], _records[1], _records[0] }));
        Assert.That(total, Is.EqualTo(3));
    }

    [Test]
    public async Task The_status_filter_keeps_only_that_status()
    {
        Assert.That((await List(A, $"volunteerId={_volunteer}&status=approved")).Ids, Is.EqualTo(new[] { _records[0] }));
        Assert.That((await List(A, $"volunteerId={_volunteer}&status=rejected")).Ids, Is.EqualTo(new[] { _records[1] }));
        Assert.That((await List(A, $"volunteerId={_volunteer}&status=pending")).Ids, Is.EqualTo(new[] { _records[2] }));
    }

    [Test]
    public async Task From_and_to_include_the_days_they_name()
    {
        Assert.That((await List(A, $"volunteerId={_volunteer}&from={Ledger.DaysAgo(3)}")).Ids, Is.EqualTo(new[] { _records[2], _records[1] }));
        Assert.That((await List(A, $"volunteerId={_volunteer}&to={Ledger.DaysAgo(3)}")).Ids, Is.EqualTo(new[] { _records[1], _records[0] }));
        var day = Ledger.DaysAgo(3);
        var (ids, total) = await List(A, $"from={day}&to={day}");
        Assert.That(total, Is.EqualTo(2), "the coordinator's two records of that day, not the other point's");
        Assert.That(ids, Does.Contain(_records[1]));
    }

    [Test]
    public async Task Pages_split_the_list_and_the_total_counts_all_of_it()
    {
        var (first, total) = await List(A, $"volunteerId={_volunteer}&pageSize=2&page=1");
        var (second, _) = await List(A, $"volunteerId={_volunteer}&pageSize=2&page=2");
        Assert.That(first, Is.EqualTo(new[] { _records[2], _records[1] }));
        Assert.That(second, Is.EqualTo(new[] { _records[0] }));
        Assert.That(total, Is.EqualTo(3));
    }

    [Test]
    public async Task The_admin_narrows_to_a_point_and_a_coordinator_cannot_widen_to_another()
    {
        var (ofB, totalOfB) = await List(Admin, $"learningPointId={_b.PointId}");
        Assert.That((ofB.Count, totalOfB), Is.EqualTo((1, 1L)));
        Assert.That((await List(Admin, "")).Total, Is.EqualTo(5));
        var (asked, _) = await List(A, $"learningPointId={_b.PointId}");
        Assert.That(asked, Has.Count.EqualTo(4).And.Not.Contains(ofB[0]));
    }
}
