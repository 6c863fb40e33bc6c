using Volunteers.Api.Features.Selection;
using Volunteers.Core.Incentives;
using Volunteers.Core.Me;
using Volunteers.Core.Signups;

namespace Volunteers.Api.Features.Me;

public sealed record LearningPointRef(long Id, string Name);

public sealed record MeVolunteer(long Id, string VolunteerNo, string Name, LearningPointRef LearningPoint, string Status, string Category);

public sealed record MePoints(int Balance);

public sealed record MeAward(long Id, int Year, string Title, string CertificateNo, string VerifyUrl, string CertificateUrl);

/// <summary>GET /api/me: <see cref="Signups"/> are the volunteer's live sign-ups, an activity's cancellation and its reason included.</summary>
public sealed record MeResponse(MeVolunteer Volunteer, MyHours Hours, StarProgress Star, MePoints Points, IReadOnlyList<MyRecord> Records,
    IReadOnlyList<MeAward> Awards, IReadOnlyList<MySignup> Signups);

public sealed class MeResponses(AwardResponses awards, SignupQueries signups)
{
    public static string CertificateUrl(long awardId) => $"/api/me/awards/{awardId}/certificate.pdf";

    public MeResponse Of(MyOverview me, HttpContext context)
    {
        var v = me.Volunteer;
        return new MeResponse(new MeVolunteer(v.Id, v.VolunteerNo, v.Name, new LearningPointRef(v.LearningPointId, v.LearningPointName), v.Status, v.Category),
            me.Hours, me.Star, new MePoints(me.Points), me.Records,
            me.Awards.Select(a => new MeAward(a.Id, a.Year, a.Title, a.CertificateNo, awards.VerifyUrl(a.VerificationCode, context), CertificateUrl(a.Id))).ToList(),
            signups.OfVolunteer(v.Id));
    }
}
