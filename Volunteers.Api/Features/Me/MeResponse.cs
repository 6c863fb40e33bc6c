using Volunteers.Api.Features.Selection;
using Volunteers.Core.Incentives;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Me;

public sealed record LearningPointRef(long Id, string Name);

public sealed record MeVolunteer(long Id, string VolunteerNo, string Name, LearningPointRef LearningPoint, string Status, string Category);

public sealed record MePoints(int Balance);

public sealed record MeAward(long Id, int Year, string Title, string CertificateNo, string VerifyUrl, string CertificateUrl);

/// <summary>
/// GET /api/me. <see cref="Signups"/> is the place the sign-up feature fills with the volunteer's own sign-ups; until it
/// lands a volunteer has none to show.
/// </summary>
public sealed record MeResponse(MeVolunteer Volunteer, MyHours Hours, StarProgress Star, MePoints Points, IReadOnlyList<MyRecord> Records,
    IReadOnlyList<MeAward> Awards, IReadOnlyList<object> Signups);

public sealed class MeResponses(AwardResponses awards)
{
    public static string CertificateUrl(long awardId) => $"/api/me/awards/{awardId}/certificate.pdf";

    public MeResponse Of(MyOverview me, HttpContext context)
    {
        var v = me.Volunteer;
        return new MeResponse(new MeVolunteer(v.Id, v.VolunteerNo, v.Name, new LearningPointRef(v.LearningPointId, v.LearningPointName), v.Status, v.Category),
            me.Hours, me.Star, new MePoints(me.Points), me.Records,
            me.Awards.Select(a => new MeAward(a.Id, a.Year, a.Title, a.CertificateNo, awards.VerifyUrl(a.VerificationCode, context), CertificateUrl(a.Id))).ToList(),
            []);
    }
}
