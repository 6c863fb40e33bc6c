using System.Net.Http.Headers;
using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

public sealed class CardPdfTests
{
    private const string PublicBase = "https://fuhuan.example.cn";

    [Test]
    public async Task The_printed_card_carries_name_number_point_and_a_QR_code_of_a_working_link_and_no_whole_mobile_or_ID()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = PublicBase });
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator("石龙村");
            var coordinator = host.As(point.Token);
            var body = People.Volunteer(point.PointId);
            body["name"] = "吉𠮷";
            var volunteer = (await coordinator.Post("/api/volunteers", body)).Expect(201).Json;
            var oldKey = await coordinator.Issue(volunteer["id"]!.GetValue<long>());

            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/volunteers/{volunteer["id"]}/card");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
            var response = await coordinator.Client.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(201));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Pdfs.SavePageOne(bytes, "volunteer-card");
            var pdf = new ReadBack(bytes);

            Assert.That(pdf.Pages, Has.Count.EqualTo(1));
            Assert.That(pdf.AllText, Does.Contain("扶欢镇社区教育志愿者证").And.Contain("吉𠮷").And.Contain("石龙村")
                .And.Contain("编号：" + volunteer["volunteerNo"]!.GetValue<string>()));
            Assert.That(pdf.FontNames, Has.All.Match("^[A-Z]{6}\\+"), "fonts embedded as subsets");
            var mobile = (string)body["mobile"]!;
            var id = (string)body["idNumber"]!;
            Assert.That(pdf.AllText, Does.Not.Contain(mobile).And.Not.Contain(id).And.Not.Contain(mobile[^4..] + "）"));

            var url = QrReader.Single(bytes);
            Assert.That(url, Does.Match($"^{PublicBase}/c/card_[A-Za-z0-9_-]{{24}}$"));
            Assert.That((await host.WithCard(Cards.KeyOf(url)).Get("/api/me")).Code, Is.EqualTo(200), "the printed card works");
            Assert.That((await host.WithCard(oldKey).Get("/api/me")).Code, Is.EqualTo(401), "and the one before it does not");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
