namespace Volunteers.Tests.Support;

/// <summary>
/// A fixture sharing one host with two learning points (甲村, 乙村) and their coordinators; tests keep apart by their own
/// volunteers, and use the second point to show what one point's coordinator cannot reach of the other's.
/// </summary>
public abstract class TwoPointFixture
{
    protected TestHost Host { get; private set; } = null!;
    protected PointWithCoordinator PointA { get; private set; } = null!;
    protected PointWithCoordinator PointB { get; private set; } = null!;
    protected ApiClient Admin => Host.Admin();
    protected ApiClient A => Host.As(PointA.Token);
    protected ApiClient B => Host.As(PointB.Token);

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = new TestHost();
        PointA = await Admin.CreatePointWithCoordinator("甲村");
        PointB = await Admin.CreatePointWithCoordinator("乙村");
    }

    [OneTimeTearDown] public void StopHost() => Host.DisposeAndDelete();
}
