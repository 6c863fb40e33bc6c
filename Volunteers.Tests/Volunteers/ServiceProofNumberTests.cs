using System.Text.RegularExpressions;
using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class ServiceProofNumberTests
{
    [Test]
    public async Task Each_proof_takes_the_next_number_of_the_year_starting_at_one()
    {
        var host = new TestHost();
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var a = host.As(point.Token);
            var volunteer = await a.CreateVolunteer(point.PointId);
            await Ledger.RecordApproved(a, host.Admin(), volunteer, 2);
            var numbers = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var response = await a.Client.PostAsync($"/api/volunteers/{volunteer}/service-proof.pdf", null);
                Assert.That((int)response.StatusCode, Is.EqualTo(201));
                var text = new ReadBack(await response.Content.ReadAsByteArrayAsync()).AllText;
                numbers.Add(Regex.Match(text, @"扶欢志证〔(\d{4})〕第(\d{4})号").Value);
            }
            var year = Regex.Match(numbers[0], @"〔(\d{4})〕").Groups[1].Value;
            Assert.That(numbers, Is.EqualTo(new[] { $"扶欢志证〔{year}〕第0001号", $"扶欢志证〔{year}〕第0002号" }));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
