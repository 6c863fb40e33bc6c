using Volunteers.Tests.Support;

namespace Volunteers.Tests.Common;

public sealed class TextLengthTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_limit_counts_characters_as_a_reader_does_so_a_rare_character_is_one_not_two()
    {
        var admin = _host.Admin();
        var title = string.Concat(Enumerable.Repeat("𠮷", 60));
        Assert.That(title, Has.Length.EqualTo(120), "60 characters outside the BMP are 120 UTF-16 units");
        (await admin.Post("/api/activities", new { title, type = "lecture", date = Ledger.Today })).Expect(201);

        var tooLong = await admin.Post("/api/activities", new { title = title + "祥", type = "lecture", date = Ledger.Today });
        Assert.That(tooLong.Expect(400).ErrorFields, Is.EqualTo(new[] { "title" }));
        Assert.That(tooLong.ErrorReason("title"), Is.EqualTo("活动名称须为 1–60 个字"));
    }

    [Test]
    public async Task Blank_text_is_refused_where_it_must_be_given_and_allowed_where_it_may_be_left_out()
    {
        var admin = _host.Admin();
        Assert.That((await admin.Post("/api/activities", new { title = "   ", type = "lecture", date = Ledger.Today })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "title" }));
        (await admin.Post("/api/activities", new { title = "读书会", type = "lecture", date = Ledger.Today, location = "" })).Expect(201);
        var longPlace = new string('村', 101);
        Assert.That((await admin.Post("/api/activities", new { title = "读书会", type = "lecture", date = Ledger.Today, location = longPlace }))
            .Expect(400).ErrorReason("location"), Is.EqualTo("地点最多 100 个字"));
    }
}
