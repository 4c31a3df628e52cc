package org.chemnet.network;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.change.ChangeListener;

/** Remembers every change event it hears, for tests. */
public final class RecordingListener implements ChangeListener {
    private final List<ChangeEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(ChangeEvent event) {
        events.add(event);
    }

    public List<ChangeEvent> events() {
        return List.copyOf(events);
    }

    public <T extends ChangeEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
