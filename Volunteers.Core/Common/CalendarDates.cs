using System.Text.RegularExpressions;

namespace Volunteers.Core.Common;

/// <summary>A date written in the right shape that names no day (1988-02-30) is told apart from a date in the wrong shape.</summary>
public static partial class CalendarDates
{
    public static bool NamesNoDay(string text)
    {
        var m = DateShape().Match(text.Trim());
        if (!m.Success) return false;
        var (year, month, day) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return year >= 1 && month is >= 1 and <= 12 && day is >= 1 and <= 31 && day > DateTime.DaysInMonth(year, month);
    }

    public static string NoSuchDay(string text) => Text.T($"日期不存在：{text.Trim()}", $"There is no such date: {text.Trim()}");

    [GeneratedRegex(@"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")]
    private static partial Regex DateShape();
}
