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

/// <summary>Appends to the hash-chained audit log inside the caller's write transaction.</summary>
public static class AuditLog
{
    public static readonly string Genesis = new('0', 64);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(DbConnection c, DbTransaction t, Caller? caller, string action, string entity, object? entityId,
        object? detail = null, string? client = null)
    {
        // The write transaction holds SQLite's one write lock, so the head read here is the head this entry follows.
        var prev = c.ExecuteScalar<string?>("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", transaction: t) ?? Genesis;
        var entry = new AuditEntry
        {
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
            INSERT INTO audit_log (at, account_id, client, action, entity, entity_id, detail, prev_hash, hash)
            VALUES (@At, @AccountId, @Client, @Action, @Entity, @EntityId, @Detail, @PrevHash, @Hash)
            """, entry, t);
    }

    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f', e.PrevHash, TypeHandlers.Format(e.At), e.AccountId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Client ?? "", e.Action, e.Entity, e.EntityId ?? "", e.Detail ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
