using Volunteers.Core.Common;
using Volunteers.Core.Incentives;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers;

/// <summary>Joins a volunteer with what they have earned this year (Asia/Shanghai).</summary>
public sealed class VolunteerViews(IncentiveQueries incentives, TimeProvider clock)
{
    public VolunteerResponse Of(Volunteer v) => new VolunteerResponse(v, incentives.For(v.Id, ShanghaiTime.Today(clock).Year));

    public static VolunteerResponse OfNew(Volunteer v) => new VolunteerResponse(v, VolunteerIncentives.None);
}
