namespace Volunteers.Core.Accounts;

public sealed record Account
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? Mobile { get; init; }
    public string Role { get; init; } = "";
    public long? TownId { get; init; }
    public long? LearningPointId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int ActiveTokens { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
}

public sealed record AccountInput(string Name, string? Mobile, string Role, long? LearningPointId, long? TownId = null);

/// <summary>An account as the token check sees it.</summary>
public sealed record TokenOwner
{
    public long AccountId { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public long? TownId { get; init; }
    public long? LearningPointId { get; init; }
    public long TokenId { get; init; }
    public string TokenHash { get; init; } = "";
    public DateTimeOffset? LastUsedAt { get; init; }
}
