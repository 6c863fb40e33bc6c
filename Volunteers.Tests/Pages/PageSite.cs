using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Pages;

/// <summary>
/// A served town whose public pages have something to show: learning points with awkward names, an award and a service-record
/// proof to verify for a volunteer whose name leaves the Basic Multilingual Plane, and a second volunteer's revoked award.
/// </summary>
public sealed class PageSite : IDisposable
{
    public const string HostileName = "<script>alert(1)</script>村";
    public const string RareName = "𠮷祥";
    public const string MinorityName = "阿卜杜·热合曼村";
    public const string RevokedName = "欧阳明华";
    /// <summary>The volunteers' point: a name that does not contain theirs, so a page showing it shows no whole name.</summary>
    public const string PointName = "新连村";

    private PageSite(TestHost host, Uri address, string awardCode, string revokedCode, string proofCode, IReadOnlyList<Dictionary<string, object?>> people)
    {
        Host = host;
        Address = address;
        AwardCode = awardCode;
        RevokedCode = revokedCode;
        ProofCode = proofCode;
        People = people;
    }

    public TestHost Host { get; }
    public Uri Address { get; }
    public string AwardCode { get; }
    public string RevokedCode { get; }
    public string ProofCode { get; }

    /// <summary>The two volunteers as they were entered, whole name, mobile and ID number.</summary>
    public IReadOnlyList<Dictionary<string, object?>> People { get; }

    public static async Task<PageSite> Start()
    {
        var host = new TestHost();
        var address = host.StartKestrel();
        var admin = host.Over(address, TestHost.AdminToken);
        await admin.CreatePoint(RareName + "村");
        var point = await admin.CreatePointWithCoordinator(PointName);
        await admin.CreatePoint(HostileName);
        await admin.CreatePoint(MinorityName);
        var coordinator = host.Over(address, point.Token);
        var volunteer = Support.People.Volunteer(point.PointId);
        volunteer["name"] = RareName;
        var revoked = Support.People.Volunteer(point.PointId);
        revoked["name"] = RevokedName;
        var id = (await coordinator.Post("/api/volunteers", volunteer)).Expect(201).Id;
        var revokedId = (await coordinator.Post("/api/volunteers", revoked)).Expect(201).Id;
        await Ledger.RecordApproved(coordinator, admin, id, 3);
        await Ledger.RecordApproved(coordinator, admin, revokedId, 2);
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await admin.Post("/api/selections", new { year, minHours = 1, quota = 2 })).Expect(201);
        foreach (var nominee in new[] { id, revokedId })
            (await coordinator.Post($"/api/selections/{year}/nominations", new { volunteerId = nominee, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { id, revokedId } })).Expect(200);
        (await admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var awards = (await admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json.AsArray();
        string CodeOf(long volunteerId) => awards.Single(a => a!["volunteerId"]!.GetValue<long>() == volunteerId)!["verificationCode"]!.GetValue<string>();
        var revokedAward = awards.Single(a => a!["volunteerId"]!.GetValue<long>() == revokedId)!["id"]!.GetValue<long>();
        (await admin.Post($"/api/awards/{revokedAward}/revoke", new { reason = "经查服务时长不实" })).Expect(200);
        var proof = (await coordinator.Get($"/api/volunteers/{id}/service-proof.pdf")).Expect(200);
        var proofUrl = QrReader.Single(await proof.Message.Content.ReadAsByteArrayAsync());
        return new PageSite(host, address, CodeOf(id), CodeOf(revokedId), proofUrl[(proofUrl.LastIndexOf('/') + 1)..], [volunteer, revoked]);
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
