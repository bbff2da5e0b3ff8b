package com.dealerhub.platform.training.sessions;

/** A session's capacity and the seats taken in it by every dealer. */
public record SeatCount(int seats, int taken) {

    public int free() {
        return Math.max(0, seats - taken);
    }

    public boolean full() {
        return taken >= seats;
    }
}
