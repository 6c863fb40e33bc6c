using Volunteers.Core.Documents;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.Selection;

public sealed record AwardResponse(long Id, long TownId, long VolunteerId, string Name, long LearningPointId, string LearningPointName, int Year, string Title,
    string CertificateNo, string VerificationCode, string VerifyUrl, DateOnly IssuedOn, decimal Hours, DateTimeOffset? RevokedAt, string? RevokeReason);

/// <summary>Verification links point at the configured public address, or at the one this request came to.</summary>
public sealed class AwardResponses(SelectionSettings settings)
{
    public string VerifyUrl(string code, HttpContext context) => $"{PublicRoot(settings, context)}/verify/{code}";

    /// <summary>Verification links for paper, on the configured public address; refused (before anything is stored) without one.</summary>
    public Func<string, string> PrintedVerifyUrls()
    {
        var root = PrintedLinks.Root(settings);
        return code => $"{root}/verify/{code}";
    }

    /// <summary>Where the public reaches this service: for links printed on paper and in QR codes.</summary>
    public static string PublicRoot(SelectionSettings settings, HttpContext context) =>
        string.IsNullOrWhiteSpace(settings.PublicBaseUrl) ? $"{context.Request.Scheme}://{context.Request.Host}" : settings.PublicBaseUrl.TrimEnd('/');

    public AwardResponse Of(Award a, HttpContext context) => new(a.Id, a.TownId, a.VolunteerId, a.Name, a.LearningPointId, a.LearningPointName, a.Year, a.Title,
        a.CertificateNo, a.VerificationCode, VerifyUrl(a.VerificationCode, context), a.IssuedOn, Hours.FromHalfHours(a.HalfHours), a.RevokedAt, a.RevokeReason);
}
