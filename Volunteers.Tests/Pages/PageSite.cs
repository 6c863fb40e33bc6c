using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Pages;

/// <summary>
/// A served town whose public pages have something to show: learning points with awkward names and an award to verify
/// for a volunteer whose name leaves the Basic Multilingual Plane.
/// </summary>
public sealed class PageSite : IDisposable
{
    public const string HostileName = "<script>alert(1)</script>村";
    public const string RareName = "𠮷祥";
    public const string MinorityName = "阿卜杜·热合曼村";

    private PageSite(TestHost host, Uri address, string awardCode)
    {
        Host = host;
        Address = address;
        AwardCode = awardCode;
    }

    public TestHost Host { get; }
    public Uri Address { get; }
    public string AwardCode { get; }

    public static async Task<PageSite> Start()
    {
        var host = new TestHost();
        var address = host.StartKestrel();
        var admin = host.Over(address, TestHost.AdminToken);
        var point = await admin.CreatePointWithCoordinator(RareName + "村");
        await admin.CreatePoint(HostileName);
        await admin.CreatePoint(MinorityName);
        var coordinator = host.Over(address, point.Token);
        var volunteer = People.Volunteer(point.PointId);
        volunteer["name"] = RareName;
        var id = (await coordinator.Post("/api/volunteers", volunteer)).Expect(201).Id;
        await Ledger.RecordApproved(coordinator, admin, id, 3);
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{year}/nominations", new { volunteerId = id, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { id } })).Expect(200);
        (await admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var award = (await admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json[0]!;
        return new PageSite(host, address, award["verificationCode"]!.GetValue<string>());
    }

    /// <summary>
    /// Every GET route outside the API: the pages, including any added later, each with its parameters filled in.
    /// (Routes under "/_" are FastEndpoints' own, mapped in the test environment.)
    /// </summary>
    public IReadOnlyList<string> PageUrls() => Host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Where(route => !route.StartsWith("/api/", StringComparison.Ordinal) && route is not "/healthz" && !route.StartsWith("/_", StringComparison.Ordinal))
        .Select(route => System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "NOSUCHCODE"))
        .Distinct().Order().ToList();

    public HttpClient Browser() => new() { BaseAddress = Address };

    public void Dispose() => Host.DisposeAndDelete();
}
