using Volunteers.Tests.Support;

namespace Volunteers.Tests.OpenApi;

/// <summary>Errors that the framework makes (binding, joining messages) read like the service's own.</summary>
public sealed class FrameworkProblemTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_non_numeric_id_is_a_Chinese_problem_naming_the_field()
    {
        var reply = (await _host.Admin().Get("/api/volunteers/abc")).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "id" }));
        Assert.That(reply.ErrorReason("id"), Is.EqualTo("id 须为整数"));
        Assert.That(reply.Str("detail"), Does.Not.Contain("Value [abc]"));
        Assert.That(reply.Message.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/problem+json; charset=utf-8"));

        var english = (await _host.Admin().Get("/api/selections/twenty/recognition-list.pdf", "en")).Expect(400);
        Assert.That(english.ErrorReason("year"), Is.EqualTo("year must be a whole number"));
    }

    [Test]
    public async Task English_messages_are_joined_the_English_way()
    {
        var reply = (await _host.Admin().Post("/api/volunteers", new { name = "", gender = "x", mobile = "1", category = "teacher", learningPointId = 1 }, "en"))
            .Expect(400);
        Assert.That(reply.ErrorFields.Count, Is.GreaterThan(1));
        Assert.That(reply.Str("detail"), Does.Contain("; ").And.Not.Contain("；"));
        var chinese = (await _host.Admin().Post("/api/volunteers", new { name = "", gender = "x", mobile = "1", category = "teacher", learningPointId = 1 }))
            .Expect(400);
        Assert.That(chinese.Str("detail"), Does.Contain("；"));
    }

    [Test]
    public async Task The_public_list_of_learning_points_honours_page_and_page_size()
    {
        var admin = _host.Admin();
        foreach (var name in new[] { "分页甲村", "分页乙村", "分页丙村" }) await admin.CreatePoint(name);
        var all = (await _host.Anonymous().Get("/api/learning-points")).Expect(200).Json;
        var total = all["total"]!.GetValue<long>();
        Assert.That(all["items"]!.AsArray().Count, Is.EqualTo(total));

        var second = (await _host.Anonymous().Get("/api/learning-points?page=2&pageSize=1")).Expect(200).Json;
        Assert.That((second["page"]!.GetValue<int>(), second["pageSize"]!.GetValue<int>(), second["total"]!.GetValue<long>()), Is.EqualTo((2, 1, total)));
        Assert.That(second["items"]!.AsArray().Single()!["id"]!.GetValue<long>(), Is.EqualTo(all["items"]![1]!["id"]!.GetValue<long>()));
        (await _host.Anonymous().Get("/api/learning-points?pageSize=0")).Expect(400);
    }
}
