namespace Volunteers.Tests.Support;

/// <summary>A fixture sharing one host with one learning point (甲村) and its coordinator; tests keep apart by their own volunteers.</summary>
public abstract class OnePointFixture
{
    protected TestHost Host { get; private set; } = null!;
    protected PointWithCoordinator PointA { get; private set; } = null!;
    protected ApiClient Admin => Host.Admin();
    protected ApiClient A => Host.As(PointA.Token);

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = new TestHost();
        PointA = await Admin.CreatePointWithCoordinator("甲村");
    }

    [OneTimeTearDown] public void StopHost() => Host.DisposeAndDelete();
}
