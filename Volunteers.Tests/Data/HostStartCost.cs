using System.Diagnostics;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

/// <summary>What one more host costs, for TESTING.md's figures; a measurement, not a check, so it runs only when asked for.</summary>
[Explicit("a measurement: dotnet test --filter FullyQualifiedName~HostStartCost")]
public sealed class HostStartCost
{
    [Test]
    public async Task Twenty_hosts_each_start_and_answer_their_first_request()
    {
        var warm = new TestHost();
        (await warm.Admin().Get("/api/town")).Expect(200);
        warm.DisposeAndDelete();
        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            var host = new TestHost();
            (await host.Admin().Get("/api/town")).Expect(200);
            times.Add(clock.Elapsed.TotalMilliseconds);
            host.DisposeAndDelete();
        }
        times.Sort();
        TestContext.Out.WriteLine($"per host: median {times[10]:0} ms, fastest {times[0]:0} ms, slowest {times[^1]:0} ms");
    }
}
