using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

public static class Refusals
{
    /// <summary>
    /// Sends a refused request twice, in Chinese (the service's default) and in English: each answer's detail says why, word for
    /// word, and names the field to blame in its errors when there is one. A refusal changes nothing, so it can be sent twice.
    /// </summary>
    public static async Task Refused(Func<string?, Task<Reply>> send, int status, string chinese, string english, string? field = null)
    {
        foreach (var (language, detail) in new[] { ((string?)null, chinese), ("en", english) })
        {
            var reply = (await send(language)).Expect(status);
            Assert.That(reply.Str("detail"), Is.EqualTo(detail), language ?? "zh");
            Assert.That(reply.ErrorFields, field is null ? Is.Empty : Is.EqualTo(new[] { field }), language ?? "zh");
            if (field is not null) Assert.That(reply.ErrorReason(field), Is.EqualTo(detail), language ?? "zh");
        }
    }
}
