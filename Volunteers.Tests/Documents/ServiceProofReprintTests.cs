using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>A proof keeps its number while nothing on it changes; a new number is issued only by a deliberate POST.</summary>
public sealed class ServiceProofReprintTests
{
    private static readonly Regex Number = new(@"扶欢志证〔\d{4}〕第(\d{4})号");

    private static async Task<(string Number, string Text, string Code)> Issued(ApiClient api, string url)
    {
        var response = await api.Client.PostAsync(url, null);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        return Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<(string Number, string Text, string Code)> Printed(ApiClient api, string url) =>
        Read((await api.Download(url, "service-proof-reprint")).Bytes);

    private static (string Number, string Text, string Code) Read(byte[] pdf)
    {
        var text = new ReadBack(pdf).AllText;
        return (Number.Match(text).Value, text, QrReader.Single(pdf).Split('/')[^1]);
    }

    [Test]
    public async Task A_proof_is_reprinted_with_its_number_until_what_it_states_changes_and_a_new_number_is_issued_only_by_POST()
    {
        var host = new TestHost();
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var volunteer = await coordinator.CreateVolunteer(point.PointId);
            await Ledger.RecordApproved(coordinator, host.Admin(), volunteer, 2, Ledger.DaysAgo(2));
            var url = $"/api/volunteers/{volunteer}/service-proof.pdf";

            var first = await Printed(coordinator, url);
            var again = await Printed(host.Admin(), url);
            Assert.That(first.Number, Does.EndWith("第0001号"), "the first download issues the proof");
            Assert.That(again, Is.EqualTo(first), "the same number, code and text");

            await Ledger.RecordApproved(coordinator, host.Admin(), volunteer, 3, Ledger.DaysAgo(1));
            var refused = (await coordinator.Get(url)).Expect(409);
            Assert.That(refused.Str("detail"), Does.Contain(first.Number).And.Contain("POST").And.Contain("新编号"));

            var issued = await Issued(coordinator, url);
            Assert.That(issued.Number, Does.EndWith("第0002号"));
            Assert.That(issued.Text, Does.Contain("累计服务时长 5 小时"));
            Assert.That(await Printed(coordinator, url), Is.EqualTo(issued), "the new proof is the one reprinted now");

            var period = $"{url}?from={Ledger.DaysAgo(2)}&to={Ledger.DaysAgo(2)}";
            var ofOneDay = await Printed(coordinator, period);
            Assert.That(ofOneDay.Number, Does.EndWith("第0003号"), "another period is another proof");
            Assert.That(await Printed(coordinator, period), Is.EqualTo(ofOneDay));

            foreach (var (number, _, code) in new[] { first, issued, ofOneDay })
            {
                var verified = (await host.Anonymous().Get($"/api/verify/{code}")).Expect(200).Json;
                Assert.That((verified["number"]!.GetValue<string>(), verified["valid"]!.GetValue<bool>()), Is.EqualTo((number, true)));
            }
            var trail = (await host.Admin().Get($"/api/audit?entity=volunteer&entityId={volunteer}&action=service-proof.issue")).Expect(200).Json["items"]!.AsArray();
            Assert.That(trail, Has.Count.EqualTo(3), "each number issued is audited, no reprint");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
