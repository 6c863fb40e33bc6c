namespace Volunteers.Core.CheckIn;

/// <summary>
/// When a code works and how scanned times become hours (settings Volunteers:CheckIn:*). The defaults are the rule in API.md:
/// the code opens 60 minutes before the start and closes 180 after the end; the time counted is the stay within the activity
/// ± 30 minutes; a remainder under 15 minutes counts nothing, 15 to 44 half an hour, 45 and over a whole hour.
/// </summary>
public sealed record CheckinSettings
{
    public int OpensMinutesBefore { get; init; } = 60;
    public int ClosesMinutesAfter { get; init; } = 180;
    public int AllowanceMinutes { get; init; } = 30;
    public int HalfHourFromMinutes { get; init; } = 15;
    public int WholeHourFromMinutes { get; init; } = 45;
    /// <summary>How far a phone's own clock may be from the server's before its scan is refused as coming from another time.</summary>
    public int DeviceClockToleranceMinutes { get; init; } = 10;

    public CheckinSettings Checked()
    {
        if (OpensMinutesBefore < 0 || ClosesMinutesAfter < 0 || AllowanceMinutes < 0 || DeviceClockToleranceMinutes < 1)
            throw new InvalidOperationException("Volunteers:CheckIn: OpensMinutesBefore, ClosesMinutesAfter and AllowanceMinutes must be 0 or more minutes, DeviceClockToleranceMinutes 1 or more");
        if (HalfHourFromMinutes < 1 || WholeHourFromMinutes <= HalfHourFromMinutes || WholeHourFromMinutes > 60)
            throw new InvalidOperationException("Volunteers:CheckIn: 0 < HalfHourFromMinutes < WholeHourFromMinutes <= 60, e.g. 15 and 45");
        return this;
    }
}
