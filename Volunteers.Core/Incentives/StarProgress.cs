namespace Volunteers.Core.Incentives;

/// <summary>Where a volunteer stands on the star ladder and what the next step needs; NextLevel is null at the top.</summary>
public sealed record StarProgress(int Level, DateOnly? ReachedOn, int? NextLevel, decimal? HoursToNext)
{
    public static StarProgress Of(IncentiveSettings settings, VolunteerIncentives earned)
    {
        var level = earned.StarLevel;
        var reachedOn = earned.Stars.FirstOrDefault(s => s.Level == level)?.ReachedOn;
        if (level >= settings.StarThresholds.Count) return new StarProgress(level, reachedOn, null, null);
        return new StarProgress(level, reachedOn, level + 1, settings.StarThresholds[level] - earned.ApprovedHours);
    }
}
