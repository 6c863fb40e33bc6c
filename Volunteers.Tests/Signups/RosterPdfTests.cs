using System.Text.RegularExpressions;
using Volunteers.Core.Documents;
using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Signups;

/// <summary>签到表 as a coordinator downloads and prints it, read back the way a reader or a search index sees it.</summary>
public sealed class RosterPdfTests
{
    // A row reads "序号 姓名 编号 手机": its number follows the previous row's masked mobile or the header.
    private static readonly Regex Row = new(@"(?<=\*{4}\d{4}|签名)(\d+)(?=\D+FH\d{4}-)");
    private const string Header = "序号姓名志愿者编号手机签到签退签名";

    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost { Clock = new TestClock(SignupSetup.Now) };
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_a.Token);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<(long Id, string Mobile)> SignUp(long activity, string name)
    {
        var body = People.Volunteer(_a.PointId);
        body["name"] = name;
        var volunteer = (await _coordinator.Post("/api/volunteers", body)).Expect(201).Id;
        (await _coordinator.SignUp(activity, volunteer)).Expect(201);
        return (volunteer, (string)body["mobile"]!);
    }

    private async Task<ReadBack> Download(long activity, string picture)
    {
        var reply = await _coordinator.Client.GetAsync($"/api/activities/{activity}/roster.pdf");
        Assert.That((int)reply.StatusCode, Is.EqualTo(200));
        Assert.That(reply.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await reply.Content.ReadAsByteArrayAsync();
        Pdfs.SavePageOne(bytes, picture);
        return new ReadBack(bytes);
    }

    [Test]
    public async Task The_sheet_names_each_confirmed_volunteer_with_a_masked_mobile_and_blank_columns_to_sign()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 3, title: "重阳敬老志愿服务");
        var people = new List<(long Id, string Mobile)>();
        foreach (var name in new[] { "吉𠮷", "阿卜杜·热合曼", "李秀英", "王候补" }) people.Add(await SignUp(activity, name));

        var pdf = await Download(activity, "roster");
        var text = pdf.AllText;
        Assert.That(text, Does.Contain("重阳敬老志愿服务 签到表"));
        Assert.That(text, Does.Contain("2027-03-10 09:00–11:00").And.Contain("村委会").And.Contain("甲村"));
        Assert.That(text, Does.Contain("1吉𠮷FH").And.Contain("2阿卜杜·热合曼FH").And.Contain("3李秀英FH"));
        Assert.That(text, Does.Not.Contain("王候补"), "the waitlisted are not on the sheet");
        Assert.That(text, Does.Contain(Header));
        foreach (var (_, mobile) in people)
        {
            Assert.That(text, Does.Not.Contain(mobile));
            if (mobile != people[^1].Mobile) Assert.That(text, Does.Contain(mobile[..3] + "****" + mobile[7..]));
        }
        Assert.That(text, Does.Not.Match(@"1\d{10}"), "nothing like a whole mobile");
        Assert.That(text, Does.Contain("第 1 页 共 1 页"));
        Assert.That(text, Does.Contain("45678"), $"{SignInSheet.WalkInLines} numbered blank lines for walk-ins follow");
    }

    [Test]
    public async Task A_long_roster_flows_over_numbered_pages_with_the_header_on_each()
    {
        var activity = (await _coordinator.Post("/api/activities", new
        {
            title = "全民阅读周",
            type = "reading-week",
            learningPointId = _a.PointId,
            date = "2027-03-10",
            startTime = "09:00",
            endTime = "11:00",
            signupOpen = true,
            walkIns = false,
        })).Expect(201).Id;
        for (var i = 0; i < 40; i++) await SignUp(activity, "李秀英");

        var pdf = await Download(activity, "roster-long");
        Assert.That(pdf.Pages, Has.Count.GreaterThan(1));
        Paging.AssertWellPaged(pdf, Row, 40, Header, Paging.FullPageRows(SignInSheet.Entries));
    }
}
