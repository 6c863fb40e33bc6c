using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Audit;

public sealed record AuditEntry
{
    public long Id { get; init; }
    /// <summary>The town whose chain the entry is in; null: the district's own chain.</summary>
    public long? TownId { get; init; }
    public DateTimeOffset At { get; init; }
    public long? AccountId { get; init; }
    public string? Client { get; init; }
    public string Action { get; init; } = "";
    public string Entity { get; init; } = "";
    public string? EntityId { get; init; }
    public string? Detail { get; init; }
    public string PrevHash { get; init; } = "";
    public string Hash { get; init; } = "";
}

/// <summary>Appends to a town's hash-chained audit log (or the district's own, for towns and its administrators) inside the caller's write transaction.</summary>
public static class AuditLog
{
    public static readonly string Genesis = new('0', 64);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(DbConnection c, DbTransaction t, long? townId, Caller? caller, string action, string entity, object? entityId,
        object? detail = null, string? client = null)
    {
        // The town's turn (SQLite's one write lock, a PostgreSQL lock keyed by the town) is held to the commit, so the head
        // read here is the head this entry follows.
        Database.EnterTown(c, t, townId);
        var prev = c.ExecuteScalar<string?>(Head(townId), new { townId }, t) ?? Genesis;
        var entry = new AuditEntry
        {
            TownId = townId,
            At = DateTimeOffset.UtcNow,
            AccountId = caller?.AccountId,
            Client = caller?.Client ?? client,
            Action = action,
            Entity = entity,
            EntityId = entityId is null ? null : Convert.ToString(entityId, CultureInfo.InvariantCulture),
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, Json),
            PrevHash = prev,
        };
        entry = entry with { Hash = HashOf(entry) };
        c.Execute("""
            INSERT INTO audit_log (town_id, at, account_id, client, action, entity, entity_id, detail, prev_hash, hash)
            VALUES (@TownId, @At, @AccountId, @Client, @Action, @Entity, @EntityId, @Detail, @PrevHash, @Hash)
            """, entry, t);
    }

    /// <summary>SQL: a chain's entries (<c>@townId</c>; null the district's own).</summary>
    public static string InChain(long? townId) => townId is null ? "town_id IS NULL" : "town_id = @townId";

    private static string Head(long? townId) => $"SELECT hash FROM audit_log WHERE {InChain(townId)} ORDER BY id DESC LIMIT 1";

    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f', e.PrevHash, TypeHandlers.Format(e.At), e.AccountId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Client ?? "", e.Action, e.Entity, e.EntityId ?? "", e.Detail ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
