namespace Volunteers.Tests.Support;

/// <summary>A clock a test sets: the service then lives at that instant, e.g. on either side of midnight in Shanghai.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);
}
