using Volunteers.Api.Features.Selection;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Me;

public sealed record CardResponse(string CardUrl);

/// <summary>The card link on the public address, as its QR code is printed and as a volunteer saves it.</summary>
public sealed class CardResponses(SelectionSettings settings)
{
    public const string LinkPath = "/c/";

    public string CardUrl(string key, HttpContext context) => AwardResponses.PublicRoot(settings, context) + LinkPath + key;

    /// <summary>For the printed card: the configured public address, checked before a card is issued.</summary>
    public Func<string, string> PrintedCardUrls()
    {
        var root = Core.Documents.PrintedLinks.Root(settings);
        return key => root + LinkPath + key;
    }
}
