using Volunteers.Api.Features.Selection;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.CheckIn;

public sealed record CheckinCodeResponse(string Code, string Url, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>The check-in page's address on the public root, as the poster prints it.</summary>
public sealed class CheckinResponses(SelectionSettings settings)
{
    public const string PagePath = "/checkin/";

    public string Url(string code, HttpContext context) => AwardResponses.PublicRoot(settings, context) + PagePath + code;

    /// <summary>For the poster: the configured public address only.</summary>
    public Func<string, string> PrintedUrls()
    {
        var root = Core.Documents.PrintedLinks.Root(settings);
        return code => root + PagePath + code;
    }

    public CheckinCodeResponse Of(CheckinCode code, HttpContext context) => new(code.Code, Url(code.Code, context), code.OpensAt, code.ClosesAt);
}
