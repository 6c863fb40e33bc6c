using Microsoft.AspNetCore.Mvc.Testing;

namespace Volunteers.Tests.Support;

/// <summary>Personal cards through the API: issued by staff or at self-registration, used as a bearer key or as the link.</summary>
public static class Cards
{
    public static string KeyOf(string cardUrl) => cardUrl[(cardUrl.LastIndexOf("/c/", StringComparison.Ordinal) + 3)..];

    /// <summary>A new card from <paramref name="staff"/>; its key.</summary>
    public static async Task<string> Issue(this ApiClient staff, long volunteerId) =>
        KeyOf((await staff.Post($"/api/volunteers/{volunteerId}/card")).Expect(201).Str("cardUrl"));

    /// <summary>Registers on the public form; the pending volunteer's card key.</summary>
    public static async Task<string> RegisterWithCard(this TestHost host, long pointId) =>
        KeyOf((await host.Anonymous().Post("/api/registrations", People.Registration(pointId))).Expect(201).Str("cardUrl"));

    /// <summary>A client carrying the card key the way the API takes it: Authorization: Bearer card_….</summary>
    public static ApiClient WithCard(this TestHost host, string key) => host.As(key);

    /// <summary>A client that shows each redirect instead of following it, and keeps cookies as a browser does.</summary>
    public static HttpClient Browser(this TestHost host, string baseAddress = "http://localhost") =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
}
