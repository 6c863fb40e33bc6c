using Volunteers.Core.Incentives;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers;

/// <summary>One volunteer, for someone allowed to see them: the whole mobile, the ID number still masked, and what they have earned.</summary>
public sealed record VolunteerResponse : Volunteer
{
    public VolunteerResponse(Volunteer volunteer, VolunteerIncentives earned) : base(volunteer)
    {
        ApprovedHours = earned.ApprovedHours;
        YearHours = earned.YearHours;
        StarLevel = earned.StarLevel;
        Stars = earned.Stars;
        Points = earned.Points;
    }

    public decimal ApprovedHours { get; init; }
    public decimal YearHours { get; init; }
    public int StarLevel { get; init; }
    public IReadOnlyList<StarReached> Stars { get; init; }
    public int Points { get; init; }
}
