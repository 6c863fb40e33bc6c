using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

public sealed class CheckinPosterTests
{
    private const string PublicBase = "https://fuhuan.example.cn";

    [Test]
    public async Task The_poster_carries_title_time_place_the_window_and_a_QR_code_of_the_check_in_page()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = PublicBase })
        {
            Clock = new TestClock(At(8, 0)),
        };
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator("石龙村");
            var coordinator = host.As(point.Token);
            var (activity, code) = await coordinator.CheckinActivity(point.PointId, title: "𠮷祥社区全民终身学习活动周开幕式暨读书分享会");
            var info = (await coordinator.Get($"/api/activities/{activity}/checkin")).Expect(200).Json;
            Assert.That(info["url"]!.GetValue<string>(), Is.EqualTo($"{PublicBase}/checkin/{code}"));
            Assert.That(code, Does.Match("^[0-9a-f]{32}$"), "128 random bits");
            Assert.That((info["opensAt"]!.GetValue<DateTimeOffset>(), info["closesAt"]!.GetValue<DateTimeOffset>()), Is.EqualTo((At(9, 0), At(15, 0))));

            var (response, bytes) = await coordinator.Download($"/api/activities/{activity}/checkin-poster.pdf");
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            Pdfs.SavePageOne(bytes, "checkin-poster");
            var pdf = new ReadBack(bytes);
            Assert.That(pdf.Pages, Has.Count.EqualTo(1));
            Assert.That(pdf.AllText, Does.Contain("𠮷祥社区").And.Contain("2027-03-01 10:00–12:00").And.Contain("镇文化站")
                .And.Contain("扶欢镇石龙村学习点").And.Contain("微信扫码签到 / 签退").And.Contain("签到时间：2027-03-01 09:00 至 15:00"));
            Assert.That(QrReader.Single(bytes), Is.EqualTo($"{PublicBase}/checkin/{code}"));

            var untimed = await coordinator.CreateActivity(point.PointId);
            Assert.That((await coordinator.Get($"/api/activities/{untimed}/checkin")).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("没有设定开始和结束时间"));
            (await coordinator.Get($"/api/activities/{untimed}/checkin-poster.pdf")).Expect(409);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
