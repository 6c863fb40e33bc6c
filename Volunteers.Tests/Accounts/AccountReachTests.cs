using Volunteers.Tests.Support;

namespace Volunteers.Tests.Accounts;

public sealed class AccountReachTests
{
    private TestHost _host = null!;
    private ApiClient Admin => _host.Admin();

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_token_is_vol_and_256_random_bits_in_url_safe_base64()
    {
        var tokens = new List<string>();
        for (var i = 0; i < 3; i++) tokens.Add((await Admin.CreatePointWithCoordinator()).Token);
        Assert.That(tokens, Has.All.Match("^vol_[A-Za-z0-9_-]{43}$"));
        Assert.That(tokens, Is.Unique);
    }

    [Test]
    public async Task Revoking_an_unknown_accounts_tokens_is_not_found_and_revoking_again_revokes_none()
    {
        (await Admin.Delete("/api/accounts/987654/tokens")).Expect(404);
        var point = await Admin.CreatePointWithCoordinator();
        Assert.That((await Admin.Delete($"/api/accounts/{point.AccountId}/tokens")).Expect(200).Json["revoked"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await Admin.Delete($"/api/accounts/{point.AccountId}/tokens")).Expect(200).Json["revoked"]!.GetValue<int>(), Is.Zero);
        var detail = (await Admin.Post("/api/accounts/987654/tokens")).Expect(404).Str("detail");
        Assert.That(detail, Does.Contain("账号不存在"));
    }

    [Test]
    public async Task A_coordinators_token_reaches_only_their_point()
    {
        var a = await Admin.CreatePointWithCoordinator("甲村");
        var b = await Admin.CreatePointWithCoordinator("乙村");
        var ofB = await _host.As(b.Token).CreateVolunteer(b.PointId);
        (await _host.As(a.Token).Get($"/api/volunteers/{ofB}")).Expect(404);
        (await Admin.Get($"/api/volunteers/{ofB}")).Expect(200);
        (await _host.As(b.Token).Get($"/api/volunteers/{ofB}")).Expect(200);
    }
}
