namespace Volunteers.Core.Incentives;

public sealed record StarReached(int Level, int Hours, DateOnly ReachedOn);

/// <summary>What a volunteer has earned: hours, stars with the date each was reached, points.</summary>
public sealed record VolunteerIncentives(decimal ApprovedHours, decimal YearHours, int StarLevel, IReadOnlyList<StarReached> Stars, int Points)
{
    /// <summary>What a volunteer registered a moment ago has: nothing yet, known without asking the database.</summary>
    public static readonly VolunteerIncentives None = new(0, 0, 0, [], 0);
}

public sealed record Redemption(long Id, long VolunteerId, int Points, string Item, int Balance, DateTimeOffset CreatedAt);

