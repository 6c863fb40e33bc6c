namespace Volunteers.Core.Common;

/// <summary>Dates and years of the programme are counted in China Standard Time, which has had no daylight saving since 1991.</summary>
public static class ShanghaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static int YearOf(DateTimeOffset instant) => instant.ToOffset(Offset).Year;

    /// <summary>The instant of a wall-clock time on a date in Shanghai.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>The time of day alone, as a poster or a phone shows it: 09:30.</summary>
    public static string Clock(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant as a Shanghai reader writes it: 2026-03-05 09:30.</summary>
    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
