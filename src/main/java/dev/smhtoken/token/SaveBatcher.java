package dev.smhtoken.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Group commit for the vault: changes handed in while a save is running are applied together in
 * the next single {@link VaultStore#update}. Many renews finishing at once thus cost a few file
 * writes, not one each. No thread of its own: whichever caller finds no save running does the save.
 */
final class SaveBatcher {
    private final VaultStore store;
    private final Queue<Change> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean saving = new AtomicBoolean();

    /**
     * @param change  applied to the newest saved vault
     * @param onSaved gets the saved vault, or null with {@code failure} set when the save failed
     */
    record Change(UnaryOperator<Vault> change, SavedCallback onSaved) {
    }

    interface SavedCallback {
        void saved(Vault vault, RuntimeException failure);
    }

    SaveBatcher(VaultStore store) {
        this.store = store;
    }

    void submit(UnaryOperator<Vault> change, SavedCallback onSaved) {
        queue.add(new Change(change, onSaved));
        drain();
    }

    private void drain() {
        // Re-checked after each save: a change queued while this thread was saving is not left behind.
        while (!queue.isEmpty() && saving.compareAndSet(false, true)) {
            List<Change> batch = new ArrayList<>();
            try {
                for (Change next = queue.poll(); next != null; next = queue.poll()) {
                    batch.add(next);
                }
                save(batch);
            } finally {
                saving.set(false);
            }
        }
    }

    private void save(List<Change> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Vault saved;
        try {
            saved = store.update(vault -> {
                Vault result = vault;
                for (Change change : batch) {
                    result = change.change().apply(result);
                }
                return result;
            });
        } catch (RuntimeException failure) {
            batch.forEach(change -> change.onSaved().saved(null, failure));
            return;
        }
        batch.forEach(change -> change.onSaved().saved(saved, null));
    }
}
