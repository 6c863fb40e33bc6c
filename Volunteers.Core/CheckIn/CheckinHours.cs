using Volunteers.Core.Activities;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Core.CheckIn;

/// <summary>The one rule that turns a check-in and a check-out into hours, always on the server's times.</summary>
public static class CheckinHours
{
    /// <summary>Whole minutes of [in, out] within [start − allowance, end + allowance].</summary>
    public static int CountedMinutes(CheckinSettings settings, Activity activity, DateTimeOffset checkedIn, DateTimeOffset checkedOut)
    {
        var allowance = TimeSpan.FromMinutes(settings.AllowanceMinutes);
        var from = Max(checkedIn, activity.Starts - allowance);
        var to = Min(checkedOut, activity.Ends + allowance);
        return to > from ? (int)(to - from).TotalMinutes : 0;
    }

    /// <summary>Whole hours, and the remainder rounded by the thresholds; never more than one record may carry.</summary>
    public static decimal Of(CheckinSettings settings, int minutes)
    {
        var (whole, rest) = (minutes / 60, minutes % 60);
        var part = rest >= settings.WholeHourFromMinutes ? 1m : rest >= settings.HalfHourFromMinutes ? 0.5m : 0m;
        return Math.Min(whole + part, Hours.MaxPerRecord);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
