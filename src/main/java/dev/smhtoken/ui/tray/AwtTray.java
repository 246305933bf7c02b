package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The app's icon in {@link SystemTray}: its tooltip, its badge and its menu (Show, Find token, Copy
 * fresh with the five tokens copied most recently, Renew expiring, Lock, Quit). AWT wants its
 * objects touched on its event thread; every command is handed to the FX thread.
 */
final class AwtTray implements TrayHost {
    private final TrayIcon icon;
    private final TrayIconImages images;
    private final PopupMenu menu = new PopupMenu();
    private final Menu copyFresh = new Menu();
    private final TrayCommands commands;
    private final Executor fxThread;
    private List<RecentCopy> shownRecent;
    private TrayStatus shownStatus;

    private AwtTray(TrayCommands commands, Executor fxThread, TrayIconImages images) {
        this.commands = commands;
        this.fxThread = fxThread;
        this.images = images;
        this.icon = new TrayIcon(images.of(TrayStatus.NORMAL));
        icon.setImageAutoSize(true);
        icon.setPopupMenu(menu);
        // A double click (or a click, where the tray sends that as the action) brings the window.
        icon.addActionListener(e -> fxThread.execute(commands::show));
    }

    static boolean supported() {
        return SystemTray.isSupported();
    }

    static AwtTray install(TrayCommands commands, Executor fxThread, Messages messages)
            throws AWTException, InterruptedException, InvocationTargetException {
        TrayIconImages images = TrayIconImages.load();
        AwtTray[] made = new AwtTray[1];
        AWTException[] refused = new AWTException[1];
        EventQueue.invokeAndWait(() -> {
            AwtTray tray = new AwtTray(commands, fxThread, images);
            tray.buildMenu(messages, List.of());
            tray.icon.setToolTip(messages.get("tray.tooltip.starting"));
            try {
                SystemTray.getSystemTray().add(tray.icon);
                made[0] = tray;
            } catch (AWTException e) {
                refused[0] = e;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        return made[0];
    }

    @Override
    public void update(TraySummary summary, Messages messages) {
        EventQueue.invokeLater(() -> {
            icon.setToolTip(summary.tooltip());
            if (summary.status() != shownStatus) {
                shownStatus = summary.status();
                icon.setImage(images.of(summary.status()));
            }
            buildMenu(messages, summary.recent());
        });
    }

    @Override
    public void remove() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }

    /** Builds the menu again only when its words or its recent tokens changed. */
    private void buildMenu(Messages messages, List<RecentCopy> recent) {
        String showLabel = messages.get("tray.show");
        if (menu.getItemCount() > 0 && menu.getItem(0).getLabel().equals(showLabel) && recent.equals(shownRecent)) {
            return;
        }
        shownRecent = recent;
        menu.removeAll();
        menu.add(item(showLabel, commands::show));
        menu.add(item(messages.get("tray.find"), commands::findToken));
        copyFresh.removeAll();
        copyFresh.setLabel(messages.get("tray.copyFresh"));
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("tray.copyFresh.none"));
            none.setEnabled(false);
            copyFresh.add(none);
        }
        for (RecentCopy copy : recent) {
            copyFresh.add(item(copy.name(), () -> commands.copyFresh(copy.ref())));
        }
        menu.add(copyFresh);
        menu.add(item(messages.get("tray.renewExpiring"), commands::renewExpiring));
        menu.add(item(messages.get("tray.lock"), commands::lock));
        menu.addSeparator();
        menu.add(item(messages.get("tray.quit"), commands::quit));
    }

    private MenuItem item(String label, Runnable command) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> fxThread.execute(command));
        return item;
    }
}
