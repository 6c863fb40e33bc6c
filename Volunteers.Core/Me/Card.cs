namespace Volunteers.Core.Me;

/// <summary>Why a card stopped working.</summary>
public static class CardEndings
{
    public const string Reissued = "reissued", Revoked = "revoked", Withdrawn = "withdrawn", Erased = "erased";
}

/// <summary>The volunteer a live card belongs to.</summary>
public sealed record CardHolder(long VolunteerId, string Status);

/// <summary>A card just issued: the key is shown this once, with what the printed card says.</summary>
public sealed record IssuedCard(string Key, long VolunteerId, string Name, string VolunteerNo, string LearningPointName);
